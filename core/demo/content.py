"""Places and Vietnamese texts of the demo district.

The places come from the source documents the requirements cite: the portal of
huyện Phú Tân (requirements S5), xã Tân Cương and its board decision 63/QĐ-UBND of
27/5/2024 signed by Chủ tịch UBND xã Phạm Tiến Sỹ (requirements S3), xã Tu Mơ Rông (requirements S2)
and xã Phú Thạnh. Names of people other than those in the source documents (docs/requirements.md) are made up.

Texts shared by every commune are templates filled with ``str.format_map``
from the place's ``words`` (see ``core.demo.kit.place_words``): {xa} "Tân Cương",
{ten_xa} "xã Tân Cương", {Ten_xa} "Xã Tân Cương", {thon} "xóm", {v1}..{v3}
three villages, {chu_tich}, {pho_chu_tich}, {bi_thu}, {cap_tren} the
governing town or district, {tinh} the province, {dac_san} the local
speciality, {year}, {next_year}, and per item {ngay} (the event date).

Dates are given as ``days_ago`` relative to the day the demo runs, so the
demo always looks current; everything stays within the last three months.
"""

import datetime

DEFAULT_PASSWORD = "Demo@2026xa"  # noqa: S105 - published demo accounts, never production

#: Board roles (keys passed to board.demo.create_demo_board) and the suffix
#: of each demo username, e.g. ``tancuong.truongban``.
ROLE_USERNAMES = {
    "head": "truongban",
    "deputy": "photruongban",
    "editor": "bientap",
    "content": "noidung",
    "contributor": "congtacvien",
}

PUBLIC_SERVICES_URL = "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"

# ---------------------------------------------------------------------------
# The hosting portal (requirements S5)
# ---------------------------------------------------------------------------

PORTAL = {
    "key": "phutan",
    "kind": "portal",
    "hostname": "localhost",
    "name": "Huyện Phú Tân",
    "host_name": "Ủy ban nhân dân huyện Phú Tân",
    "words": {
        "xa": "Phú Tân",
        "ten_xa": "huyện Phú Tân",
        "Ten_xa": "Huyện Phú Tân",
        "thon": "xã, thị trấn",
        "Thon": "Xã, thị trấn",
        "cap_tren": "tỉnh An Giang",
        "tinh": "tỉnh An Giang",
        "dac_san": "lúa gạo",
    },
    "agency_name": "Ủy ban nhân dân huyện Phú Tân",
    "parent_agency": "Ủy ban nhân dân tỉnh An Giang",
    "licence": "Cổng Thông tin điện tử huyện Phú Tân – Tỉnh An Giang",
    "address": "Số 01 đường Trần Hưng Đạo, thị trấn Phú Mỹ, huyện Phú Tân, tỉnh An Giang",
    "phone": "0296 3826 128",
    "fax": "0296 3826 129",
    "mail_domain": "angiang.gov.vn",
    "mail_key": "phutan",
    "board_head": ("Nguyễn Văn Hòa", "Phó Chủ tịch UBND huyện"),
    "welcome": (
        "Cổng Thông tin điện tử huyện Phú Tân cung cấp thông tin chính thống về hoạt động "
        "chỉ đạo, điều hành của Huyện ủy, HĐND, UBND huyện; các trang thông tin điện tử "
        "cấp xã là thành phần của Cổng, góp phần công khai, minh bạch thông tin và tạo "
        "thêm kênh giao tiếp giữa chính quyền và người dân."
    ),
    "villages": ["thị trấn Phú Mỹ", "xã Phú Thạnh", "xã Phú Long", "xã Tân Hòa"],
    "leaders": [
        {
            "name": "Trần Minh Quang",
            "position": "Bí thư Huyện ủy",
            "biography": "Sinh năm 1972, quê quán huyện Phú Tân. Cử nhân Luật, cao cấp lý luận chính trị.",
            "duties": "Lãnh đạo toàn diện công tác của Đảng bộ huyện.",
            "phone": "0296 3826 100",
            "email": "bithu.huyenuy.phutan",
        },
        {
            "name": "Lê Hoàng Nam",
            "position": "Chủ tịch UBND huyện",
            "biography": "Sinh năm 1975. Thạc sĩ Quản lý công. Nguyên Phó Chủ tịch UBND huyện.",
            "duties": "Lãnh đạo, điều hành chung hoạt động của UBND huyện; phụ trách nội chính, tổ chức bộ máy.",
            "phone": "0296 3826 101",
            "email": "chutich.ubnd.phutan",
        },
        {
            "name": "Nguyễn Văn Hòa",
            "position": "Phó Chủ tịch UBND huyện, Trưởng Ban Biên tập Cổng TTĐT",
            "biography": "Sinh năm 1978. Kỹ sư Công nghệ thông tin, cử nhân Kinh tế.",
            "duties": "Phụ trách khối văn hóa – xã hội, chuyển đổi số; chỉ đạo hoạt động Cổng Thông tin điện tử huyện và các trang thông tin điện tử cấp xã.",
            "phone": "0296 3826 102",
            "email": "pct.ubnd.phutan",
        },
    ],
    "spokesperson": (
        "Nguyễn Văn Hòa",
        "Phó Chủ tịch UBND huyện",
        "0296 3826 102",
        "pct.ubnd.phutan",
    ),
    "intro": {
        "functions": (
            "<p>Ủy ban nhân dân huyện do Hội đồng nhân dân huyện bầu, là cơ quan chấp hành "
            "của Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương, chịu trách "
            "nhiệm trước Nhân dân địa phương, Hội đồng nhân dân huyện và cơ quan hành chính "
            "nhà nước cấp trên.</p>"
            "<p>Phòng Văn hóa và Thông tin huyện tham mưu UBND huyện hướng dẫn các xã, thị "
            "trấn thu thập thông tin, dữ liệu, hình ảnh của địa phương và vận hành trang "
            "thông tin điện tử cấp xã.</p>"
        ),
        "organisation": (
            "<p>Ủy ban nhân dân huyện gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên; các cơ "
            "quan chuyên môn: Văn phòng HĐND và UBND, Phòng Nội vụ, Phòng Tài chính – Kế "
            "hoạch, Phòng Văn hóa và Thông tin, Phòng Tư pháp, Phòng Nông nghiệp và Phát "
            "triển nông thôn, Phòng Tài nguyên và Môi trường, Phòng Lao động – Thương binh "
            "và Xã hội, Phòng Giáo dục và Đào tạo, Phòng Y tế.</p>"
        ),
        "natural_conditions": (
            "<p>Phú Tân là huyện cù lao nằm giữa sông Tiền và sông Hậu, đất phù sa màu mỡ, "
            "hằng năm chịu ảnh hưởng của mùa nước nổi từ tháng 8 đến tháng 11.</p>"
        ),
        "history_culture": (
            "<p>Vùng đất Phú Tân gắn với nghề trồng lúa, làm bánh phồng và đạo Phật giáo "
            "Hòa Hảo; Nhân dân cần cù, đoàn kết, giàu truyền thống cách mạng.</p>"
        ),
        "relics": (
            "<p>Tổ đình Phật giáo Hòa Hảo và làng nghề bánh phồng ở thị trấn Phú Mỹ là những "
            "điểm tham quan được nhiều du khách biết đến.</p>"
        ),
        "organisation_en": (
            "<p><strong>People's Committee of Phú Tân District</strong>, An Giang Province. "
            "Address: 01 Trần Hưng Đạo Street, Phú Mỹ Town. Phone: +84 296 3826 128. "
            "Email: ubnd.phutan@angiang.gov.vn.</p>"
            "<p>The district portal hosts the official information websites of its "
            "communes as component sites.</p>"
        ),
    },
    "documents": [
        {
            "title": "Kế hoạch triển khai trang thông tin điện tử cấp xã trên địa bàn huyện Phú Tân",
            "number": "{n}/KH-UBND",
            "document_type": "plan",
            "issuing_body": "UBND huyện Phú Tân",
            "signer": "pho_chu_tich",
            "days_ago": 86,
            "summary": (
                "Xây dựng trang thông tin điện tử cấp xã thuộc Cổng thông tin điện tử thành phần "
                "của huyện; quản lý nội dung tập trung tại Ban biên tập cổng thông tin điện tử "
                "huyện; hạ tầng kỹ thuật tập trung tại Trung tâm Dữ liệu của tỉnh."
            ),
            "lines": ["I. Muc dich, yeu cau", "II. Noi dung", "III. To chuc thuc hien"],
        },
        {
            "title": "V/v tăng cường cập nhật thông tin, viết tin, bài, bổ sung chuyên mục lên Trang thông tin điện tử",
            "number": "{n}/UBND-VX",
            "document_type": "letter",
            "issuing_body": "UBND huyện Phú Tân",
            "signer": "pho_chu_tich",
            "days_ago": 21,
            "summary": (
                "UBND huyện yêu cầu UBND các xã thành lập Ban biên tập, cập nhật địa chỉ thư "
                "điện tử công vụ (không sử dụng gmail, yahoo mail), báo cáo kết quả về UBND "
                "huyện qua Phòng VH&TT."
            ),
            "lines": ["Kinh gui: UBND cac xa, thi tran."],
        },
    ],
    "number_base": 1182,
    "procedures": [
        ("Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "15 ngày", "75.000 đồng/giấy phép"),
        (
            "Đăng ký thành lập hộ kinh doanh",
            "Đăng ký kinh doanh",
            "03 ngày làm việc",
            "100.000 đồng",
        ),
        ("Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Ngay trong ngày", "8.000 đồng/bản"),
    ],
    "contacts": [
        ("party", "Huyện ủy Phú Tân", "huyenuy"),
        ("council", "Hội đồng nhân dân huyện Phú Tân", "hdnd"),
        ("committee", "Ủy ban nhân dân huyện Phú Tân", "ubnd"),
        ("front", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Tân", "mttq"),
        ("unit", "Phòng Văn hóa và Thông tin huyện Phú Tân", "pvhtt"),
    ],
    "news": [
        {
            "title": "Phú Tân triển khai trang thông tin điện tử cấp xã",
            "category": "event",
            "days_ago": 84,
            "summary": (
                "Ủy ban nhân dân huyện Phú Tân ban hành Kế hoạch triển khai trang thông tin "
                "điện tử cấp xã nhằm tăng cường công bố thông tin qua mạng, góp phần công "
                "khai, minh bạch thông tin đối với người dân."
            ),
            "paragraphs": [
                "Ủy ban nhân dân huyện Phú Tân ban hành Kế hoạch triển khai trang thông tin "
                "điện tử cấp xã, với những nội dung: ứng dụng công nghệ thông tin tăng cường "
                "công bố thông tin theo quy định thông qua mạng, góp phần công khai minh bạch "
                "thông tin đối với người dân, cải thiện chỉ số CCHC, PCI của địa phương, hoàn "
                "thành tiêu chí 8.4 trong bộ tiêu chí xây dựng xã nông thôn mới.",
                "Theo đó, Phú Tân xây dựng trang thông tin điện tử cấp xã thuộc Cổng thông tin "
                "điện tử thành phần của huyện đảm bảo an toàn, bảo mật, đáp ứng yêu cầu cung "
                "cấp, trao đổi thông tin; quản lý nội dung tập trung tại Ban biên tập cổng "
                "thông tin điện tử huyện.",
                "UBND các xã, thị trấn thu thập thông tin, dữ liệu và hình ảnh đảm bảo đúng nội "
                "dung và thời gian theo quy định; phân công cán bộ đầu mối để thực hiện thu "
                "thập thông tin, dữ liệu, hình ảnh của địa phương.",
            ],
            "heading": "Tạo thêm kênh giao tiếp giữa chính quyền và người dân",
            "quote": (
                "Trang thông tin điện tử cấp xã là kênh giao tiếp giữa chính quyền và người "
                "dân, phục vụ công tác cải cách hành chính của địa phương.",
                "Phòng Văn hóa và Thông tin huyện",
            ),
            "caption": "Quang cảnh buổi triển khai Kế hoạch tại UBND huyện Phú Tân.",
        },
        {
            "title": "Tập huấn vận hành trang thông tin điện tử cho Ban biên tập các xã",
            "category": "conference",
            "days_ago": 40,
            "duration": 2,
            "summary": (
                "Hơn 60 thành viên Ban biên tập và cộng tác viên các xã, thị trấn được hướng "
                "dẫn quy trình viết, biên tập, duyệt và xuất bản tin bài."
            ),
            "paragraphs": [
                "Trong hai ngày, Phòng Văn hóa và Thông tin huyện phối hợp Trung tâm Tin học "
                "tỉnh tổ chức lớp tập huấn vận hành trang thông tin điện tử cấp xã cho thành "
                "viên Ban biên tập và cộng tác viên các xã, thị trấn.",
                "Học viên được hướng dẫn quy trình phê duyệt và xuất bản tin bài, cách đăng "
                "văn bản, số liệu thống kê, trả lời câu hỏi của người dân đúng thời hạn quy định.",
                "Kết thúc lớp học, mỗi xã được giao tài khoản theo đúng vai trò của từng thành "
                "viên Ban biên tập; mật khẩu được giữ bí mật và thay đổi định kỳ.",
            ],
            "heading": "Mỗi thành viên một vai trò, một tài khoản",
            "quote": (
                "Các thành viên Ban biên tập thực hiện nghiêm túc việc giữ bí mật mật khẩu "
                "đăng nhập.",
                "Quy chế hoạt động Ban Biên tập",
            ),
            "caption": "Học viên thực hành đăng tin bài trên trang thông tin điện tử.",
        },
        {
            "title": "Huyện kiểm tra việc cập nhật thông tin trên trang thông tin điện tử các xã",
            "category": "activity",
            "days_ago": 9,
            "summary": (
                "Đoàn kiểm tra của huyện đề nghị các xã bổ sung chuyên mục còn trống, thay "
                "khẩu hiệu cũ và cập nhật địa chỉ thư điện tử công vụ."
            ),
            "paragraphs": [
                "Qua kiểm tra, một số trang thông tin điện tử cấp xã còn ít thông tin, chưa "
                "cập nhật thông tin mới, còn đăng nội dung khẩu hiệu cũ, chưa thay đổi.",
                "Đoàn kiểm tra đề nghị các xã cập nhật địa chỉ, điện thoại, số fax, địa chỉ thư "
                "điện tử công vụ chính thức của lãnh đạo Đảng ủy, HĐND, UBND, UBMTTQ Việt Nam "
                "xã; không sử dụng địa chỉ gmail, yahoo mail.",
                "Hoạt động của trang thông tin điện tử xã là một trong những tiêu chí đánh "
                "giá, chấm điểm cải cách hành chính hằng năm.",
            ],
            "heading": "Không để chuyên mục trống, khẩu hiệu cũ",
            "quote": (
                "Cung cấp thông tin chính thống, bảo đảm thời gian theo quy định trên trang "
                "thông tin điện tử.",
                "Đoàn kiểm tra của huyện",
            ),
            "caption": "Đoàn kiểm tra làm việc với Ban biên tập xã.",
        },
    ],
    "direction": [
        {
            "title": "UBND huyện yêu cầu các xã tăng cường cập nhật thông tin lên trang thông tin điện tử",
            "category": "direction",
            "days_ago": 20,
            "summary": (
                "Các cơ quan, đơn vị thuộc huyện và UBND các xã phân công cán bộ cập nhật tin "
                "tức, bổ sung chuyên mục, báo cáo kết quả về UBND huyện qua Phòng VH&TT."
            ),
            "paragraphs": [
                "Để đảm bảo thực hiện tốt việc cung cấp thông tin chính thống, UBND huyện yêu "
                "cầu UBND các xã thành lập Ban biên tập trang thông tin điện tử theo quy định, "
                "phân công nhiệm vụ cụ thể cho thành viên.",
                "Các cơ quan, đơn vị thuộc huyện phối hợp với Cổng thông tin điện tử huyện "
                "cung cấp tin, bài viết, hình ảnh hoạt động, thông tin tuyên truyền để đăng "
                "bài theo quy định.",
                "UBND các xã báo cáo kết quả thực hiện về UBND huyện (qua Phòng VH&TT) để "
                "tổng hợp, báo cáo Sở.",
            ],
            "heading": "Phân công rõ người, rõ việc",
            "quote": (
                "Hoạt động của trang thông tin điện tử huyện, xã là một trong những tiêu chí "
                "đánh giá, chấm điểm cải cách hành chính hằng năm.",
                "UBND huyện Phú Tân",
            ),
            "caption": "Lãnh đạo UBND huyện chủ trì cuộc họp giao ban.",
        },
    ],
}

# ---------------------------------------------------------------------------
# Communes
# ---------------------------------------------------------------------------

TAN_CUONG = {
    "key": "tancuong",
    "kind": "commune",
    "hostname": "tancuong.localhost",
    "name": "Xã Tân Cương",
    "words": {
        "xa": "Tân Cương",
        "ten_xa": "xã Tân Cương",
        "Ten_xa": "Xã Tân Cương",
        "thon": "xóm",
        "Thon": "Xóm",
        "cap_tren": "thành phố Thái Nguyên",
        "tinh": "tỉnh Thái Nguyên",
        "dac_san": "chè",
    },
    "agency_name": "Ủy ban nhân dân xã Tân Cương",
    "parent_agency": "Ủy ban nhân dân thành phố Thái Nguyên",
    "licence": "Quyết định số 63/QĐ-UBND ngày 27/5/2024 của Chủ tịch UBND xã Tân Cương",
    "address": "Xóm Hồng Thái 2, xã Tân Cương, thành phố Thái Nguyên, tỉnh Thái Nguyên",
    "address_en": "Hồng Thái 2 Hamlet, Tân Cương Commune, Thái Nguyên City, Thái Nguyên Province",
    "phone": "0208 3855 226",
    "fax": "0208 3855 227",
    "mail_domain": "thainguyen.gov.vn",
    "mail_key": "tancuong",
    "board_head": ("Phạm Tiến Sỹ", "Chủ tịch UBND xã"),
    "board_decision": {
        "number": "63/QĐ-UBND",
        "date": datetime.date(2024, 5, 27),
        "signer": "Phạm Tiến Sỹ",
        "title": "Quyết định về việc kiện toàn Ban Biên tập Trang thông tin điện tử xã Tân Cương, thành phố Thái Nguyên",
    },
    "welcome": (
        "Chào mừng bạn đến với Trang thông tin điện tử xã Tân Cương – vùng chè đặc sản nổi "
        "tiếng của tỉnh Thái Nguyên. Trang cung cấp thông tin chính thống về hoạt động chỉ "
        "đạo, điều hành của chính quyền xã, văn bản, thủ tục hành chính và giải đáp thắc "
        "mắc của người dân."
    ),
    "villages": [
        "xóm Hồng Thái 1",
        "xóm Hồng Thái 2",
        "xóm Nam Thái",
        "xóm Nam Tân",
        "xóm Guộc",
        "xóm Soi Mít",
        "xóm Đồng Kiệm",
        "xóm Lược",
        "xóm Y Na 1",
        "xóm Y Na 2",
    ],
    "leaders": [
        {
            "name": "Nguyễn Thanh Bình",
            "position": "Bí thư Đảng ủy, Chủ tịch HĐND xã",
            "biography": "Sinh năm 1974, quê quán xóm Nam Thái. Cử nhân Kinh tế nông nghiệp, cao cấp lý luận chính trị.",
            "duties": "Lãnh đạo toàn diện công tác của Đảng bộ xã; chủ trì hoạt động của Hội đồng nhân dân xã.",
            "phone": "0208 3855 201",
            "email": "bithu.tancuong",
        },
        {
            "name": "Phạm Tiến Sỹ",
            "position": "Chủ tịch UBND xã, Trưởng Ban Biên tập Trang TTĐT",
            "biography": "Sinh năm 1979, quê quán xóm Hồng Thái 1. Thạc sĩ Quản lý kinh tế. Nguyên Phó Chủ tịch UBND xã.",
            "duties": "Lãnh đạo, điều hành chung hoạt động của UBND xã; phụ trách nội chính, tài chính – ngân sách, đất đai; Trưởng Ban Biên tập Trang thông tin điện tử xã.",
            "phone": "0208 3855 202",
            "email": "chutich.tancuong",
        },
        {
            "name": "Đỗ Thị Thu Hà",
            "position": "Phó Chủ tịch UBND xã",
            "biography": "Sinh năm 1985, quê quán xóm Guộc. Cử nhân Quản trị văn phòng.",
            "duties": "Phụ trách văn hóa – xã hội, giáo dục, y tế, du lịch cộng đồng và chuyển đổi số.",
            "phone": "0208 3855 203",
            "email": "pct.tancuong",
        },
    ],
    "staff": {
        "head": ("Phạm Tiến Sỹ", "Chủ tịch UBND xã"),
        "deputy": ("Nguyễn Thị Hương", "Công chức Văn phòng – Thống kê"),
        "editor": ("Trần Văn Hùng", "Phụ trách Đài truyền thanh xã"),
        "content": ("Lê Thị Mai", "Công chức Văn hóa – Xã hội"),
        "contributor": ("Hoàng Văn Nam", "Bí thư Chi đoàn xóm Nam Thái"),
    },
    "spokesperson": ("Phạm Tiến Sỹ", "Chủ tịch UBND xã", "0208 3855 202", "chutich.tancuong"),
    "intro": {
        "natural_conditions": (
            "<p>Xã Tân Cương nằm ở phía tây thành phố Thái Nguyên, cách trung tâm thành phố "
            "khoảng 10 km, có tổng diện tích tự nhiên khoảng 1.700 ha. Địa hình đồi thấp xen "
            "kẽ thung lũng, đất feralit vàng đỏ thích hợp cho cây chè.</p>"
            "<p>Khí hậu nhiệt đới gió mùa, lượng mưa trung bình 2.000 mm/năm; sông Công chảy "
            "qua phía tây xã tạo nên vi khí hậu đặc trưng, làm nên hương vị riêng của chè "
            "Tân Cương.</p>"
        ),
        "history_culture": (
            "<p>Nghề trồng và chế biến chè ở Tân Cương có lịch sử hơn một trăm năm. Các xóm "
            "Nam Thái, Hồng Thái, Guộc được xem là cái nôi của thương hiệu chè Tân Cương – "
            "Thái Nguyên.</p>"
            "<p>Hằng năm, xã tổ chức các hoạt động văn hóa gắn với nghề chè, thu hút du khách "
            "tham quan đồi chè, trải nghiệm hái và sao chè thủ công.</p>"
        ),
        "relics": (
            "<ul><li>Đồi chè Hồng Thái và cánh đồng chè xóm Nam Thái – điểm du lịch trải "
            "nghiệm làm chè.</li>"
            "<li>Đình, chùa trong các xóm – nơi sinh hoạt văn hóa, tín ngưỡng của Nhân dân.</li>"
            "<li>Khu du lịch Hồ Núi Cốc, cách trung tâm xã không xa về phía tây bắc.</li></ul>"
        ),
    },
    "news": [
        {
            "title": "Hội thảo nâng cao chất lượng, giá trị sản phẩm chè Tân Cương",
            "category": "conference",
            "days_ago": 62,
            "summary": (
                "Các nhà khoa học, hợp tác xã và hộ làm chè trao đổi giải pháp sản xuất chè "
                "an toàn, truy xuất nguồn gốc và quảng bá thương hiệu chè Tân Cương."
            ),
            "paragraphs": [
                "Ngày {ngay}, UBND xã Tân Cương phối hợp với Hội Nông dân thành phố Thái "
                "Nguyên tổ chức hội thảo nâng cao chất lượng, giá trị sản phẩm chè, với sự "
                "tham gia của hơn 120 đại biểu là đại diện các hợp tác xã, tổ hợp tác và hộ "
                "làm chè tiêu biểu.",
                "Toàn xã hiện có khoảng 600 ha chè, trong đó trên 80% diện tích là giống chè "
                "cành chất lượng cao; nhiều hộ đã sản xuất theo tiêu chuẩn VietGAP và hữu cơ.",
                "Hội thảo thống nhất đẩy mạnh cấp mã số vùng trồng, ghi nhật ký sản xuất điện "
                "tử và bán hàng qua sàn thương mại điện tử.",
            ],
            "heading": "Giữ vững thương hiệu chè đặc sản",
            "quote": (
                "Chất lượng búp chè là uy tín của cả vùng chè Tân Cương.",
                "Đại diện Hợp tác xã chè Hồng Thái",
            ),
            "caption": "Đại biểu tham quan mô hình sản xuất chè hữu cơ tại xóm Hồng Thái 2.",
            "author": "Trần Văn Hùng",
        },
        {
            "title": "Ban Biên tập Trang thông tin điện tử xã Tân Cương triển khai Quy chế hoạt động",
            "category": "activity",
            "days_ago": 47,
            "summary": (
                "Ban Biên tập quán triệt Quy chế quản lý, tổ chức và hoạt động, phân công "
                "nhiệm vụ cho từng thành viên và quy định thời hạn đăng tải thông tin."
            ),
            "paragraphs": [
                "Căn cứ Quyết định số 63/QĐ-UBND ngày 27/5/2024 của Chủ tịch UBND xã về việc "
                "kiện toàn Ban Biên tập Trang thông tin điện tử xã Tân Cương, Ban Biên tập đã "
                "họp triển khai Quy chế quản lý, tổ chức và hoạt động.",
                "Theo Quy chế, tin tức, sự kiện hoạt động được đăng không quá 03 ngày làm "
                "việc kể từ khi diễn ra; văn bản do UBND xã ban hành được đăng không quá 01 "
                "ngày làm việc sau khi ký; thông tin thống kê được đăng ngay sau khi gửi báo cáo.",
                "Các thành viên chịu trách nhiệm về nội dung, bản quyền của thông tin do mình "
                "đăng tải; giữ bí mật mật khẩu đăng nhập và kịp thời báo Trưởng ban khi bị đánh "
                "cắp mật khẩu.",
            ],
            "heading": "Thời hạn đăng tải thông tin",
            "quote": (
                "Ban Biên tập chịu trách nhiệm hoàn toàn về nội dung của Trang Thông tin điện "
                "tử trước Đảng ủy – Ủy ban nhân dân xã.",
                "Phạm Tiến Sỹ, Chủ tịch UBND xã, Trưởng Ban Biên tập",
            ),
            "caption": "Ban Biên tập Trang thông tin điện tử xã họp triển khai Quy chế.",
            "author": "Nguyễn Thị Hương",
        },
        {
            "title": "Sản phẩm chè xóm Hồng Thái 2 đạt chứng nhận OCOP 4 sao",
            "category": "event",
            "days_ago": 15,
            "summary": (
                "Sản phẩm chè búp của Hợp tác xã chè Hồng Thái được UBND tỉnh công nhận đạt "
                "tiêu chuẩn OCOP 4 sao, nâng tổng số sản phẩm OCOP của xã lên 12 sản phẩm."
            ),
            "paragraphs": [
                "Ngày {ngay}, UBND xã phối hợp Hợp tác xã chè Hồng Thái tổ chức đón nhận giấy "
                "chứng nhận sản phẩm OCOP 4 sao cho sản phẩm chè búp Tân Cương.",
                "Để đạt chứng nhận, hợp tác xã đã đầu tư dây chuyền sao chè, đóng gói hiện đại, "
                "in tem truy xuất nguồn gốc trên từng sản phẩm.",
                "Xã đặt mục tiêu đến năm {next_year} có thêm ít nhất 3 sản phẩm đạt chuẩn OCOP, "
                "gắn sản xuất chè với phát triển du lịch cộng đồng.",
            ],
            "heading": "Gắn sản phẩm OCOP với du lịch cộng đồng",
            "quote": (
                "Mỗi sản phẩm OCOP là một lời giới thiệu về vùng chè Tân Cương với du khách.",
                "Đỗ Thị Thu Hà, Phó Chủ tịch UBND xã",
            ),
            "caption": "Đại diện Hợp tác xã chè Hồng Thái nhận giấy chứng nhận OCOP.",
            "author": "Lê Thị Mai",
        },
    ],
    "crops": [
        ("Chè búp tươi", "612.5", "128.4", "7864.5"),
        ("Lúa cả năm", "185.2", "52.6", "974.2"),
        ("Ngô", "24.8", "45.1", "111.8"),
        ("Rau các loại", "36.0", "168.0", "604.8"),
    ],
    "number_base": 63,
}

TU_MO_RONG = {
    "key": "tumorong",
    "kind": "commune",
    "hostname": "tumorong.localhost",
    "name": "Xã Tu Mơ Rông",
    "words": {
        "xa": "Tu Mơ Rông",
        "ten_xa": "xã Tu Mơ Rông",
        "Ten_xa": "Xã Tu Mơ Rông",
        "thon": "thôn",
        "Thon": "Thôn",
        "cap_tren": "huyện Tu Mơ Rông",
        "tinh": "tỉnh Kon Tum",
        "dac_san": "sâm Ngọc Linh",
    },
    "agency_name": "Ủy ban nhân dân xã Tu Mơ Rông",
    "parent_agency": "Ủy ban nhân dân huyện Tu Mơ Rông",
    "licence": "Quyết định số 118/QĐ-UBND của Chủ tịch UBND xã Tu Mơ Rông về việc kiện toàn Ban Biên tập",
    "address": "Thôn Đăk Chum 1, xã Tu Mơ Rông, huyện Tu Mơ Rông, tỉnh Kon Tum",
    "address_en": "Đăk Chum 1 Village, Tu Mơ Rông Commune, Tu Mơ Rông District, Kon Tum Province",
    "phone": "0260 3831 055",
    "fax": "0260 3831 056",
    "mail_domain": "kontum.gov.vn",
    "mail_key": "tumorong",
    "board_head": ("A Thanh Toàn", "Chủ tịch UBND xã"),
    "welcome": (
        "Trang thông tin điện tử xã Tu Mơ Rông, huyện Tu Mơ Rông, tỉnh Kon Tum cung cấp "
        "thông tin chính thống về chủ trương của Đảng, chính sách pháp luật của Nhà nước "
        "và hoạt động của chính quyền xã đến đồng bào các dân tộc trên địa bàn."
    ),
    "villages": [
        "thôn Đăk Chum 1",
        "thôn Đăk Chum 2",
        "thôn Đăk Neang",
        "thôn Văn Sang",
        "thôn Đăk Viên",
        "thôn Tu Mơ Rông",
        "thôn Long Tro",
        "thôn Ngọc La",
    ],
    "leaders": [
        {
            "name": "A Quyết",
            "position": "Bí thư Đảng ủy, Chủ tịch HĐND xã",
            "biography": "Sinh năm 1976, dân tộc Xơ Đăng, quê quán thôn Đăk Neang. Cử nhân Chính trị học.",
            "duties": "Lãnh đạo toàn diện công tác của Đảng bộ xã; chủ trì hoạt động của HĐND xã.",
            "phone": "0260 3831 001",
            "email": "bithu.tumorong",
        },
        {
            "name": "A Thanh Toàn",
            "position": "Chủ tịch UBND xã, Trưởng Ban Biên tập Trang TTĐT",
            "biography": "Sinh năm 1982, dân tộc Xơ Đăng, quê quán thôn Văn Sang. Cử nhân Luật.",
            "duties": "Lãnh đạo, điều hành chung hoạt động của UBND xã; phụ trách quốc phòng – an ninh, tài chính, đất đai, rừng.",
            "phone": "0260 3831 002",
            "email": "chutich.tumorong",
        },
        {
            "name": "Y Hoa",
            "position": "Phó Chủ tịch UBND xã",
            "biography": "Sinh năm 1988, dân tộc Xơ Đăng, quê quán thôn Đăk Chum 2. Cử nhân Sư phạm.",
            "duties": "Phụ trách văn hóa – xã hội, giáo dục, y tế, giảm nghèo và chuyển đổi số.",
            "phone": "0260 3831 003",
            "email": "pct.tumorong",
        },
    ],
    "staff": {
        "head": ("A Thanh Toàn", "Chủ tịch UBND xã"),
        "deputy": ("Nguyễn Thị Lan", "Công chức Văn phòng – Thống kê"),
        "editor": ("A Sang", "Phụ trách Đài truyền thanh xã"),
        "content": ("Đinh Văn Tuấn", "Công chức Văn hóa – Xã hội"),
        "contributor": ("Y Thúy", "Chi hội trưởng Phụ nữ thôn Đăk Neang"),
    },
    "spokesperson": ("A Thanh Toàn", "Chủ tịch UBND xã", "0260 3831 002", "chutich.tumorong"),
    "intro": {
        "natural_conditions": (
            "<p>Xã Tu Mơ Rông nằm trên sườn núi Ngọc Linh, độ cao trung bình trên 1.200 m so "
            "với mực nước biển, địa hình đồi núi cao, chia cắt mạnh. Tổng diện tích tự nhiên "
            "khoảng 8.900 ha, phần lớn là đất rừng.</p>"
            "<p>Khí hậu mát mẻ quanh năm, mùa mưa từ tháng 5 đến tháng 10; điều kiện tự nhiên "
            "đặc biệt thích hợp cho cây sâm Ngọc Linh và các loại dược liệu quý.</p>"
        ),
        "history_culture": (
            "<p>Đồng bào Xơ Đăng chiếm trên 95% dân số của xã, lưu giữ nhiều giá trị văn hóa "
            "truyền thống: nhà rông, lễ hội mừng lúa mới, nghề dệt thổ cẩm và đan lát.</p>"
            "<p>Trong các cuộc kháng chiến, vùng đất Tu Mơ Rông là địa bàn căn cứ cách mạng, "
            "đồng bào các dân tộc một lòng theo Đảng, nuôi giấu cán bộ.</p>"
        ),
        "relics": (
            "<ul><li>Các di tích lịch sử cách mạng trên địa bàn huyện Tu Mơ Rông.</li>"
            "<li>Nhà rông văn hóa thôn Đăk Neang.</li>"
            "<li>Đỉnh Ngọc Linh và vườn sâm dưới tán rừng.</li></ul>"
        ),
    },
    "news": [
        {
            "title": "Trồng bổ sung 12.000 cây sâm Ngọc Linh dưới tán rừng",
            "category": "activity",
            "days_ago": 55,
            "summary": (
                "Từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng "
                "đồng bào dân tộc thiểu số, 48 hộ dân được hỗ trợ giống sâm Ngọc Linh."
            ),
            "paragraphs": [
                "Ngày {ngay}, UBND xã Tu Mơ Rông tổ chức cấp phát 12.000 cây sâm Ngọc Linh "
                "giống cho 48 hộ dân tại các thôn Đăk Neang, Văn Sang và Đăk Viên.",
                "Cán bộ khuyến nông hướng dẫn kỹ thuật làm đất, trồng và chăm sóc sâm dưới tán "
                "rừng tự nhiên, bảo đảm tỷ lệ sống cao.",
                "Đến nay, diện tích sâm Ngọc Linh của xã đạt trên 90 ha, trở thành cây trồng "
                "chủ lực giúp người dân thoát nghèo bền vững.",
            ],
            "heading": "Cây sâm giúp đồng bào thoát nghèo",
            "quote": (
                "Trồng sâm dưới tán rừng vừa giữ được rừng, vừa có thu nhập ổn định.",
                "Ông A Sáu, thôn Đăk Neang",
            ),
            "caption": "Người dân thôn Đăk Neang nhận cây sâm Ngọc Linh giống.",
            "author": "A Sang",
        },
        {
            "title": "Xã Tu Mơ Rông bổ sung chuyên mục, tăng cường cập nhật tin bài trên Trang thông tin điện tử",
            "category": "conference",
            "days_ago": 33,
            "summary": (
                "Thực hiện chỉ đạo của UBND huyện, Ban Biên tập rà soát các chuyên mục còn "
                "trống, thay khẩu hiệu cũ và cập nhật địa chỉ thư điện tử công vụ."
            ),
            "paragraphs": [
                "Thực hiện văn bản của UBND huyện Tu Mơ Rông về tăng cường cập nhật thông tin, "
                "viết tin, bài, bổ sung chuyên mục lên Trang thông tin điện tử, UBND xã đã họp "
                "Ban Biên tập để triển khai.",
                "Ban Biên tập phân công cán bộ, công chức phụ trách cập nhật tin tức, viết bài "
                "và bổ sung tin, bài viết lên các chuyên mục nhằm phục vụ Nhân dân tìm kiếm, "
                "tương tác với chính quyền qua môi trường mạng.",
                "Toàn bộ địa chỉ thư điện tử của lãnh đạo Đảng ủy, HĐND, UBND, UBMTTQ Việt Nam "
                "xã được chuyển sang hộp thư công vụ, không sử dụng gmail, yahoo mail.",
            ],
            "heading": "Cung cấp thông tin chính thống trên môi trường mạng",
            "quote": (
                "Trang thông tin điện tử phải thực sự là kênh thông tin chính thống của chính "
                "quyền xã.",
                "A Thanh Toàn, Chủ tịch UBND xã",
            ),
            "caption": "Ban Biên tập xã Tu Mơ Rông rà soát các chuyên mục của Trang.",
            "author": "Nguyễn Thị Lan",
        },
        {
            "title": "Lễ hội mừng lúa mới của đồng bào Xơ Đăng thôn Đăk Neang",
            "category": "event",
            "days_ago": 18,
            "summary": (
                "Lễ hội được tổ chức tại nhà rông thôn Đăk Neang, thu hút đông đảo bà con và "
                "du khách tham gia."
            ),
            "paragraphs": [
                "Ngày {ngay}, tại nhà rông thôn Đăk Neang, bà con Xơ Đăng tổ chức lễ hội mừng "
                "lúa mới sau vụ mùa bội thu.",
                "Lễ hội gồm phần lễ cúng Yàng cầu mưa thuận gió hòa và phần hội với các tiết "
                "mục đánh cồng chiêng, múa xoang, thi dệt thổ cẩm.",
                "Đây là dịp để thế hệ trẻ tìm hiểu, gìn giữ bản sắc văn hóa truyền thống của "
                "dân tộc mình.",
            ],
            "heading": "Gìn giữ bản sắc văn hóa Xơ Đăng",
            "quote": (
                "Tiếng cồng chiêng nhà rông là hồn của làng.",
                "Già làng A Mai, thôn Đăk Neang",
            ),
            "caption": "Đội cồng chiêng thôn Đăk Neang biểu diễn tại lễ hội.",
            "author": "Y Thúy",
        },
    ],
    "crops": [
        ("Sâm Ngọc Linh", "91.3", "0.9", "8.2"),
        ("Lúa nước", "142.6", "38.5", "549.0"),
        ("Sắn", "210.0", "152.0", "3192.0"),
        ("Cà phê", "65.4", "21.7", "141.9"),
    ],
    "number_base": 118,
}

PHU_THANH = {
    "key": "phuthanh",
    "kind": "commune",
    "hostname": "phuthanh.localhost",
    "name": "Xã Phú Thạnh",
    "words": {
        "xa": "Phú Thạnh",
        "ten_xa": "xã Phú Thạnh",
        "Ten_xa": "Xã Phú Thạnh",
        "thon": "ấp",
        "Thon": "Ấp",
        "cap_tren": "huyện Phú Tân",
        "tinh": "tỉnh An Giang",
        "dac_san": "lúa",
    },
    "agency_name": "Ủy ban nhân dân xã Phú Thạnh",
    "parent_agency": "Ủy ban nhân dân huyện Phú Tân",
    "licence": "Quyết định số 205/QĐ-UBND của Chủ tịch UBND xã Phú Thạnh về việc kiện toàn Ban Biên tập",
    "address": "Ấp Phú Hữu, xã Phú Thạnh, huyện Phú Tân, tỉnh An Giang",
    "address_en": "Phú Hữu Hamlet, Phú Thạnh Commune, Phú Tân District, An Giang Province",
    "phone": "0296 3592 118",
    "fax": "0296 3592 119",
    "mail_domain": "angiang.gov.vn",
    "mail_key": "phuthanh",
    "board_head": ("Nguyễn Thanh Phong", "Chủ tịch UBND xã"),
    "welcome": (
        "Trang thông tin điện tử xã Phú Thạnh là trang thành phần của Cổng Thông tin điện "
        "tử huyện Phú Tân, cung cấp thông tin về hoạt động của chính quyền, thủ tục hành "
        "chính và tình hình sản xuất của bà con nông dân trong xã."
    ),
    "villages": ["ấp Phú Hữu", "ấp Phú Thượng", "ấp Phú Hạ", "ấp Phú Lợi", "ấp Phú Hòa"],
    "leaders": [
        {
            "name": "Trần Văn Lợi",
            "position": "Bí thư Đảng ủy, Chủ tịch HĐND xã",
            "biography": "Sinh năm 1973, quê quán ấp Phú Thượng. Cử nhân Hành chính, cao cấp lý luận chính trị.",
            "duties": "Lãnh đạo toàn diện công tác của Đảng bộ xã; chủ trì hoạt động của HĐND xã.",
            "phone": "0296 3592 101",
            "email": "bithu.phuthanh",
        },
        {
            "name": "Nguyễn Thanh Phong",
            "position": "Chủ tịch UBND xã, Trưởng Ban Biên tập Trang TTĐT",
            "biography": "Sinh năm 1980, quê quán ấp Phú Hữu. Kỹ sư Nông học.",
            "duties": "Lãnh đạo, điều hành chung hoạt động của UBND xã; phụ trách kinh tế, tài chính, đất đai, thủy lợi.",
            "phone": "0296 3592 102",
            "email": "chutich.phuthanh",
        },
        {
            "name": "Lê Thị Kim Ngân",
            "position": "Phó Chủ tịch UBND xã",
            "biography": "Sinh năm 1987, quê quán ấp Phú Lợi. Cử nhân Công tác xã hội.",
            "duties": "Phụ trách văn hóa – xã hội, giáo dục, y tế, lao động – thương binh và xã hội, chuyển đổi số.",
            "phone": "0296 3592 103",
            "email": "pct.phuthanh",
        },
    ],
    "staff": {
        "head": ("Nguyễn Thanh Phong", "Chủ tịch UBND xã"),
        "deputy": ("Võ Thị Thanh Thảo", "Công chức Văn phòng – Thống kê"),
        "editor": ("Huỳnh Văn Tài", "Phụ trách Đài truyền thanh xã"),
        "content": ("Phan Thị Ngọc Bích", "Công chức Tư pháp – Hộ tịch"),
        "contributor": ("Đặng Minh Trí", "Phó Bí thư Đoàn xã"),
    },
    "spokesperson": ("Nguyễn Thanh Phong", "Chủ tịch UBND xã", "0296 3592 102", "chutich.phuthanh"),
    "intro": {
        "natural_conditions": (
            "<p>Xã Phú Thạnh nằm ven sông Tiền, phía bắc huyện Phú Tân, tổng diện tích tự "
            "nhiên khoảng 1.460 ha, trong đó đất sản xuất nông nghiệp chiếm trên 80%.</p>"
            "<p>Địa hình bằng phẳng, đất phù sa được bồi đắp hằng năm vào mùa nước nổi, "
            "thuận lợi cho sản xuất lúa ba vụ và nuôi trồng thủy sản.</p>"
        ),
        "history_culture": (
            "<p>Người dân Phú Thạnh gắn bó với nghề trồng lúa, đánh bắt cá mùa nước nổi và "
            "làm bánh phồng truyền thống. Đời sống tinh thần phong phú với các lễ hội đình "
            "làng, đờn ca tài tử Nam Bộ.</p>"
        ),
        "relics": (
            "<ul><li>Đình Phú Thạnh – nơi thờ Thành hoàng, tổ chức lễ Kỳ yên hằng năm.</li>"
            "<li>Bến đò Phú Thạnh và cánh đồng lúa ven sông Tiền.</li></ul>"
        ),
    },
    "news": [
        {
            "title": "Nông dân Phú Thạnh xuống giống lúa vụ Thu Đông đúng lịch thời vụ",
            "category": "activity",
            "days_ago": 76,
            "summary": (
                "Toàn xã xuống giống khoảng 1.050 ha lúa Thu Đông, chủ yếu là các giống lúa "
                "chất lượng cao, bảo đảm né rầy và an toàn trước mùa nước nổi."
            ),
            "paragraphs": [
                "Theo lịch thời vụ của huyện Phú Tân, từ ngày {ngay}, nông dân xã Phú Thạnh "
                "đồng loạt xuống giống lúa vụ Thu Đông trên các cánh đồng ấp Phú Hữu, Phú "
                "Thượng, Phú Hạ.",
                "Các giống được sử dụng chủ yếu là OM 18, Đài Thơm 8, OM 5451; nhiều hộ áp dụng "
                "sạ hàng, giảm lượng giống và phân bón hóa học.",
                "UBND xã chỉ đạo kiểm tra, gia cố đê bao, bảo đảm an toàn sản xuất trong mùa "
                "nước nổi.",
            ],
            "heading": "Bảo đảm an toàn đê bao",
            "quote": (
                "Xuống giống tập trung, né rầy là yếu tố quyết định thắng lợi của vụ lúa.",
                "Nguyễn Thanh Phong, Chủ tịch UBND xã",
            ),
            "caption": "Nông dân ấp Phú Hữu sạ lúa vụ Thu Đông.",
            "author": "Huỳnh Văn Tài",
        },
        {
            "title": "Phú Thạnh giữ vững tiêu chí 8.4 về ứng dụng công nghệ thông tin",
            "category": "conference",
            "days_ago": 39,
            "summary": (
                "Hội nghị rà soát tiêu chí 8.4 trong bộ tiêu chí xã nông thôn mới: trang "
                "thông tin điện tử xã được cập nhật thường xuyên, dịch vụ công trực tuyến tăng."
            ),
            "paragraphs": [
                "Hội nghị do UBND xã tổ chức đánh giá việc duy trì tiêu chí 8.4 về ứng dụng "
                "công nghệ thông tin trong bộ tiêu chí xây dựng xã nông thôn mới.",
                "Trang thông tin điện tử xã là trang thành phần của Cổng Thông tin điện tử "
                "huyện Phú Tân, được cập nhật hằng ngày, góp phần công khai, minh bạch thông "
                "tin và cải thiện chỉ số CCHC, PCI của địa phương.",
                "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến của xã đạt trên 70%.",
            ],
            "heading": "Kênh giao tiếp giữa chính quyền và người dân",
            "quote": (
                "Mỗi cán bộ, công chức là một cộng tác viên của trang thông tin điện tử xã.",
                "Lê Thị Kim Ngân, Phó Chủ tịch UBND xã",
            ),
            "caption": "Quang cảnh hội nghị tại hội trường UBND xã Phú Thạnh.",
            "author": "Võ Thị Thanh Thảo",
        },
        {
            "title": "Hiệu quả mô hình nuôi cá mùa nước nổi ở ấp Phú Hạ",
            "category": "event",
            "days_ago": 12,
            "summary": (
                "Mô hình nuôi cá trong ruộng lúa mùa nước nổi giúp các hộ tham gia có thêm "
                "thu nhập từ 15 đến 20 triệu đồng mỗi vụ."
            ),
            "paragraphs": [
                "Ngày {ngay}, Hội Nông dân xã tổ chức tham quan, đánh giá mô hình nuôi cá "
                "trong ruộng lúa mùa nước nổi tại ấp Phú Hạ.",
                "Mô hình có 25 hộ tham gia với diện tích 18 ha, chủ yếu nuôi cá chép, cá mè "
                "vinh, cá rô đồng; tận dụng nguồn thức ăn tự nhiên trên đồng.",
                "Sau thu hoạch cá, đất ruộng được cải tạo, giảm chi phí phân bón cho vụ lúa "
                "Đông Xuân kế tiếp.",
            ],
            "heading": "Sống chung với lũ, làm giàu từ lũ",
            "quote": (
                "Mùa nước nổi không chỉ là thử thách mà còn là nguồn lợi của bà con.",
                "Chủ tịch Hội Nông dân xã Phú Thạnh",
            ),
            "caption": "Thu hoạch cá trên ruộng lúa mùa nước nổi ở ấp Phú Hạ.",
            "author": "Đặng Minh Trí",
        },
    ],
    "crops": [
        ("Lúa vụ Đông Xuân", "1062.0", "72.5", "7699.5"),
        ("Lúa vụ Hè Thu", "1058.4", "61.3", "6488.0"),
        ("Lúa vụ Thu Đông", "1050.2", "55.8", "5860.1"),
        ("Rau màu các loại", "42.6", "185.0", "788.1"),
    ],
    "number_base": 205,
}

COMMUNES = [TAN_CUONG, TU_MO_RONG, PHU_THANH]

# ---------------------------------------------------------------------------
# Shared templates (filled per commune)
# ---------------------------------------------------------------------------

#: Introduction texts every commune has, written once.
INTRO_FUNCTIONS = (
    "<p>Ủy ban nhân dân {ten_xa} do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của "
    "Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước "
    "Nhân dân địa phương, Hội đồng nhân dân xã và Ủy ban nhân dân {cap_tren}.</p>"
    "<ul><li>Tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của Hội đồng nhân dân "
    "xã.</li><li>Quản lý nhà nước về kinh tế, văn hóa, xã hội, quốc phòng, an ninh trên "
    "địa bàn.</li><li>Giải quyết thủ tục hành chính cho người dân, tổ chức theo cơ chế một "
    "cửa, một cửa liên thông.</li><li>Cung cấp thông tin chính thống trên Trang thông tin "
    "điện tử xã.</li></ul>"
)
INTRO_ORGANISATION = (
    "<p>Ủy ban nhân dân {ten_xa} gồm Chủ tịch, Phó Chủ tịch và các Ủy viên. Giúp việc "
    "cho UBND xã có các công chức: Văn phòng – Thống kê, Địa chính – Xây dựng – Nông "
    "nghiệp và Môi trường, Tài chính – Kế toán, Tư pháp – Hộ tịch, Văn hóa – Xã hội, Chỉ "
    "huy trưởng Ban Chỉ huy Quân sự xã.</p>"
    "<p>Toàn xã có {so_thon} {thon}: {ds_thon}.</p>"
)
ORGANISATION_EN = (
    "<p><strong>People's Committee of {xa} Commune</strong>, {cap_tren_en}, {tinh_en}.</p>"
    "<p>The People's Committee is the local state administrative body. It is composed of "
    "the Chairman, the Vice-Chairman and members, assisted by the Office and Statistics, "
    "Land Administration and Construction, Finance, Justice and Civil Status, and Culture "
    "and Society officers.</p>"
    "<p>Address: {address_en}. Phone: {phone_en}. Email: {email}.</p>"
    "<p>Press spokesperson: {spokesperson}, Chairman of the People's Committee.</p>"
)

#: English names for the commune's governing district or town and province.
ENGLISH_PLACES = {
    "tancuong": ("Thái Nguyên City", "Thái Nguyên Province"),
    "tumorong": ("Tu Mơ Rông District", "Kon Tum Province"),
    "phuthanh": ("Phú Tân District", "An Giang Province"),
    "phutan": ("Phú Tân District", "An Giang Province"),
}

GENERIC_NEWS = [
    {
        "title": "Hội nghị giao ban công tác xây dựng nông thôn mới {ten_xa}",
        "category": "conference",
        "days_ago": 83,
        "summary": (
            "Hội nghị đánh giá kết quả thực hiện các tiêu chí nông thôn mới, đề ra nhiệm vụ "
            "trọng tâm những tháng cuối năm {year}."
        ),
        "paragraphs": [
            "Ngày {ngay}, UBND {ten_xa} tổ chức hội nghị giao ban công tác xây dựng nông thôn "
            "mới với sự tham dự của lãnh đạo Đảng ủy, HĐND, UBND, UBMTTQ Việt Nam xã và "
            "trưởng các {thon}.",
            "Đến nay xã duy trì đạt 19/19 tiêu chí xã nông thôn mới; thu nhập bình quân đầu "
            "người tiếp tục tăng, tỷ lệ hộ nghèo giảm so với cùng kỳ.",
            "Hội nghị thống nhất tập trung chỉnh trang đường giao thông nông thôn, phát triển "
            "sản phẩm {dac_san} và nâng cao chất lượng tiêu chí môi trường.",
        ],
        "heading": "Nhiệm vụ trọng tâm thời gian tới",
        "quote": (
            "Xây dựng nông thôn mới chỉ có điểm khởi đầu, không có điểm kết thúc.",
            "{chu_tich}, Chủ tịch UBND xã",
        ),
        "caption": "Quang cảnh hội nghị giao ban tại hội trường UBND {ten_xa}.",
    },
    {
        "title": "{Ten_xa} ra quân tổng vệ sinh môi trường hưởng ứng “Ngày Chủ nhật xanh”",
        "category": "activity",
        "days_ago": 68,
        "lag": 7,  # published late: after the 3 working days of Điều 8
        "summary": (
            "Đông đảo đoàn viên, hội viên và Nhân dân các {thon} tham gia dọn vệ sinh, phát "
            "quang bụi rậm, thu gom rác thải dọc các tuyến đường."
        ),
        "paragraphs": [
            "Sáng {ngay}, Ủy ban MTTQ Việt Nam {ten_xa} phối hợp các đoàn thể tổ chức ra quân "
            "tổng vệ sinh môi trường tại {v1} và {v2}.",
            "Hơn 300 lượt người tham gia phát quang bụi rậm, khơi thông cống rãnh, thu gom "
            "khoảng 5 tấn rác thải; trồng mới hàng hoa dọc đường liên {thon}.",
            "Hoạt động được duy trì vào Chủ nhật cuối mỗi tháng, góp phần xây dựng cảnh quan "
            "xanh – sạch – đẹp.",
        ],
        "heading": "Duy trì hằng tháng",
        "quote": (
            "Giữ gìn môi trường sạch đẹp là trách nhiệm của mỗi người dân.",
            "Chủ tịch Ủy ban MTTQ Việt Nam xã",
        ),
        "caption": "Đoàn viên thanh niên dọn vệ sinh tại {v1}.",
    },
    {
        "title": "Tổ công nghệ số cộng đồng {ten_xa} hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
        "category": "activity",
        "days_ago": 50,
        "summary": (
            "Tổ công nghệ số cộng đồng các {thon} hỗ trợ người dân cài đặt VNeID, nộp hồ sơ "
            "trực tuyến trên Cổng Dịch vụ công quốc gia."
        ),
        "paragraphs": [
            "Từ ngày {ngay}, các Tổ công nghệ số cộng đồng của {ten_xa} đến từng {thon} hướng "
            "dẫn người dân kích hoạt tài khoản định danh điện tử, thanh toán không dùng tiền "
            "mặt và nộp hồ sơ trực tuyến.",
            "Chỉ trong hai tuần, hơn 450 lượt người dân được hỗ trợ; nhiều hồ sơ đăng ký khai "
            "sinh, chứng thực được nộp ngay trên điện thoại.",
            "Người dân có thể xem danh mục thủ tục hành chính và đường dẫn nộp hồ sơ tại "
            "chuyên mục Thủ tục hành chính của Trang thông tin điện tử xã.",
        ],
        "heading": "Đưa dịch vụ công đến tận nhà",
        "quote": (
            "Không để ai bị bỏ lại phía sau trong chuyển đổi số.",
            "Tổ công nghệ số cộng đồng {v3}",
        ),
        "caption": "Thành viên Tổ công nghệ số cộng đồng hướng dẫn người dân tại {v3}.",
    },
    {
        "title": "{Ten_xa}: khám sức khỏe, cấp thuốc miễn phí cho người cao tuổi và gia đình chính sách",
        "category": "activity",
        "days_ago": 26,
        "summary": (
            "Trạm Y tế xã phối hợp Trung tâm Y tế {cap_tren} khám, tư vấn sức khỏe và cấp "
            "thuốc miễn phí cho gần 400 người."
        ),
        "paragraphs": [
            "Ngày {ngay}, Trạm Y tế {ten_xa} phối hợp Trung tâm Y tế {cap_tren} và Hội Chữ "
            "thập đỏ tổ chức khám sức khỏe cho người cao tuổi, gia đình chính sách.",
            "Các bác sĩ đo huyết áp, xét nghiệm đường huyết, tư vấn phòng bệnh mùa lạnh; "
            "mỗi người được nhận thuốc thiết yếu miễn phí.",
            "Dịp này, xã tặng 50 suất quà cho người cao tuổi có hoàn cảnh khó khăn.",
        ],
        "heading": "Chăm lo sức khỏe người cao tuổi",
        "quote": (
            "Được bác sĩ khám tận nơi, người già chúng tôi rất phấn khởi.",
            "Một cụ ông ở {v2}",
        ),
        "caption": "Bác sĩ khám sức khỏe cho người cao tuổi tại Trạm Y tế xã.",
    },
    {
        "title": "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND {ten_xa}",
        "category": "announcement",
        "days_ago": 4,
        "summary": (
            "Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 10 và 25 hằng tháng tại Phòng "
            "tiếp công dân, trụ sở UBND xã."
        ),
        "paragraphs": [
            "Thực hiện Luật Tiếp công dân, Chủ tịch UBND {ten_xa} thông báo lịch tiếp công dân "
            "định kỳ vào ngày 10 và ngày 25 hằng tháng; nếu trùng ngày nghỉ thì chuyển sang "
            "ngày làm việc kế tiếp.",
            "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo giấy tờ "
            "tùy thân và các tài liệu liên quan.",
            "Ngoài lịch định kỳ, người dân có thể gửi câu hỏi qua chuyên mục Hỏi đáp của "
            "Trang thông tin điện tử xã; câu trả lời được đăng không quá 15 ngày làm việc.",
        ],
        "heading": "Địa điểm tiếp công dân",
        "quote": (
            "Lắng nghe ý kiến Nhân dân để giải quyết kịp thời, đúng pháp luật.",
            "{chu_tich}, Chủ tịch UBND xã",
        ),
        "caption": "Phòng tiếp công dân tại trụ sở UBND {ten_xa}.",
    },
]

DIRECTION_NEWS = [
    {
        "title": "Chủ tịch UBND {ten_xa} chỉ đạo chủ động phòng, chống thiên tai, mưa lũ",
        "category": "direction",
        "days_ago": 58,
        "summary": (
            "UBND xã yêu cầu các {thon} rà soát khu vực nguy cơ sạt lở, ngập úng, chuẩn bị "
            "lực lượng, phương tiện theo phương châm “bốn tại chỗ”."
        ),
        "paragraphs": [
            "Trước diễn biến phức tạp của thời tiết, ngày {ngay}, Chủ tịch UBND {ten_xa} ban "
            "hành văn bản chỉ đạo các ban, ngành, đoàn thể và trưởng các {thon} chủ động "
            "phòng, chống thiên tai.",
            "Các {thon} rà soát hộ dân ở khu vực xung yếu, sẵn sàng phương án di dời; lực "
            "lượng dân quân trực 24/24 giờ trong những ngày mưa lớn.",
            "Đài truyền thanh xã tăng thời lượng phát tin cảnh báo; thông tin được cập nhật "
            "thường xuyên trên Trang thông tin điện tử xã.",
        ],
        "heading": "Phương châm “bốn tại chỗ”",
        "quote": (
            "Tuyệt đối không để người dân chủ quan khi có mưa lũ.",
            "{chu_tich}, Chủ tịch UBND xã",
        ),
        "caption": "Lực lượng dân quân {ten_xa} kiểm tra khu vực xung yếu.",
    },
    {
        "title": "UBND {ten_xa} chỉ đạo đẩy mạnh giải quyết thủ tục hành chính trực tuyến toàn trình",
        "category": "direction",
        "days_ago": 6,
        "summary": (
            "Bộ phận Một cửa tiếp nhận, giải quyết hồ sơ đúng hạn; công chức hướng dẫn người "
            "dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia."
        ),
        "paragraphs": [
            "Ngày {ngay}, UBND {ten_xa} tổ chức họp chuyên đề về cải cách thủ tục hành chính, "
            "chỉ đạo đẩy mạnh tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình.",
            "Công chức Bộ phận Một cửa có trách nhiệm hướng dẫn, hỗ trợ người dân nộp hồ sơ "
            "trên Cổng Dịch vụ công quốc gia, số hóa kết quả giải quyết.",
            "Hồ sơ trễ hạn phải có văn bản xin lỗi người dân và nêu rõ lý do.",
        ],
        "heading": "Không để hồ sơ trễ hạn",
        "quote": (
            "Lấy sự hài lòng của người dân làm thước đo hiệu quả phục vụ.",
            "{chu_tich}, Chủ tịch UBND xã",
        ),
        "caption": "Công chức Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến.",
    },
]

#: Legal documents of every commune. ``number`` is formatted with {n}, a
#: number derived from the commune's ``number_base``; ``signer`` names a key
#: of the place's words (chu_tich, pho_chu_tich, bi_thu).
DOCUMENTS = [
    {
        "title": "Quyết định ban hành Quy chế quản lý, tổ chức và hoạt động của Ban Biên tập Trang Thông tin điện tử {ten_xa}",
        "number": "{n}/QĐ-BBT",
        "document_type": "decision",
        "issuing_body": "Ban Biên tập Trang TTĐT {ten_xa}",
        "signer": "chu_tich",
        "days_ago": 78,
        "summary": (
            "Ban hành kèm theo Quyết định này Quy chế quản lý, tổ chức và hoạt động của Ban "
            "biên tập Trang Thông tin điện tử {ten_xa}: nhiệm vụ, quyền hạn, chế độ thông tin "
            "và bảo mật, thời hạn cung cấp, xử lý thông tin."
        ),
        "lines": [
            "Dieu 1. Ban hanh kem theo quyet dinh nay Quy che quan ly, to chuc va hoat dong.",
            "Dieu 2. Quyet dinh nay co hieu luc thi hanh ke tu ngay ky.",
            "Dieu 3. Cac thanh vien Ban Bien tap chiu trach nhiem thi hanh Quyet dinh nay.",
        ],
    },
    {
        "title": "Kế hoạch triển khai chuyển đổi số, phát triển chính quyền số {ten_xa} năm {year}",
        "number": "{n}/KH-UBND",
        "document_type": "plan",
        "issuing_body": "UBND {ten_xa}",
        "signer": "pho_chu_tich",
        "days_ago": 71,
        "summary": (
            "Kế hoạch đề ra mục tiêu 100% hồ sơ công việc được xử lý trên môi trường mạng, "
            "trên 70% thủ tục hành chính được tiếp nhận trực tuyến, duy trì Tổ công nghệ số "
            "cộng đồng ở tất cả các {thon}."
        ),
        "lines": ["I. Muc dich, yeu cau", "II. Nhiem vu, giai phap", "III. To chuc thuc hien"],
    },
    {
        "title": "Nghị quyết điều chỉnh dự toán thu, chi ngân sách {ten_xa} năm {year}",
        "number": "{n}/NQ-HĐND",
        "document_type": "resolution",
        "issuing_body": "HĐND {ten_xa}",
        "signer": "bi_thu",
        "days_ago": 44,
        "summary": (
            "Hội đồng nhân dân xã quyết nghị điều chỉnh dự toán thu, chi ngân sách xã năm "
            "{year}, bổ sung kinh phí sửa chữa đường giao thông nông thôn và nhà văn hóa {thon}."
        ),
        "lines": [
            "Dieu 1. Dieu chinh du toan thu, chi ngan sach xa.",
            "Dieu 2. To chuc thuc hien.",
        ],
    },
    {
        "title": "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội, quốc phòng – an ninh quý {quarter} năm {year}",
        "number": "{n}/BC-UBND",
        "document_type": "report",
        "issuing_body": "UBND {ten_xa}",
        "signer": "chu_tich",
        "days_ago": 36,
        "summary": (
            "Báo cáo kết quả sản xuất nông nghiệp, thu ngân sách, văn hóa – xã hội, cải cách "
            "hành chính, quốc phòng – an ninh trong quý và nhiệm vụ trọng tâm thời gian tới."
        ),
        "lines": [
            "I. Ket qua thuc hien nhiem vu",
            "II. Ton tai, han che",
            "III. Nhiem vu trong tam",
        ],
    },
    {
        "title": "Công văn về việc tăng cường cập nhật thông tin, viết tin, bài, bổ sung chuyên mục lên Trang thông tin điện tử xã",
        "number": "{n}/UBND-VP",
        "document_type": "letter",
        "issuing_body": "UBND {ten_xa}",
        "signer": "chu_tich",
        "days_ago": 30,
        "summary": (
            "Yêu cầu các bộ phận cập nhật địa chỉ, điện thoại, số fax, địa chỉ thư điện tử "
            "công vụ (không sử dụng địa chỉ gmail, yahoo mail) của lãnh đạo Đảng ủy – HĐND – "
            "UBND – UBMTTQ Việt Nam xã lên Trang TTĐT; cung cấp tối thiểu 02 tin, bài có ảnh "
            "mỗi tháng."
        ),
        "lines": ["Kinh gui: Cac bo phan chuyen mon thuoc UBND xa; Truong cac thon, xom, ap."],
    },
    {
        "title": "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND {ten_xa}",
        "number": "{n}/TB-UBND",
        "document_type": "announcement",
        "issuing_body": "UBND {ten_xa}",
        "signer": "chu_tich",
        "days_ago": 5,
        "summary": (
            "Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 10 và ngày 25 hằng tháng tại "
            "Phòng tiếp công dân, trụ sở UBND xã."
        ),
        "lines": ["Lich tiep cong dan: ngay 10 va ngay 25 hang thang."],
    },
    {
        "title": "Chỉ thị về tăng cường công tác phòng cháy, chữa cháy mùa hanh khô",
        "number": "{n}/CT-UBND",
        "document_type": "directive",
        "issuing_body": "UBND {ten_xa}",
        "signer": "pho_chu_tich",
        "days_ago": 2,
        "summary": (
            "Các {thon}, cơ quan, trường học, cơ sở kinh doanh kiểm tra điều kiện an toàn "
            "phòng cháy, chữa cháy; tuyên truyền Nhân dân không đốt nương, rẫy, rác thải gần "
            "khu dân cư."
        ),
        "lines": ["Yeu cau cac thon, xom, ap trien khai ngay."],
    },
]

PROCEDURES_INTRO = (
    "<p>Người dân, tổ chức có thể nộp hồ sơ trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả "
    "(Bộ phận Một cửa) UBND {ten_xa} hoặc trực tuyến trên "
    '<a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a>.</p>'
)

PROCEDURES = [
    ("Đăng ký khai sinh", "Hộ tịch", "Ngay trong ngày tiếp nhận hồ sơ", "Miễn lệ phí"),
    ("Đăng ký kết hôn", "Hộ tịch", "Ngay trong ngày tiếp nhận hồ sơ", "Miễn lệ phí"),
    ("Đăng ký khai tử", "Hộ tịch", "Ngay trong ngày tiếp nhận hồ sơ", "Miễn lệ phí"),
    (
        "Cấp bản sao trích lục hộ tịch",
        "Hộ tịch",
        "Ngay trong ngày tiếp nhận hồ sơ",
        "8.000 đồng/bản",
    ),
    ("Xác nhận thông tin hộ tịch", "Hộ tịch", "03 ngày làm việc", "Theo Nghị quyết của HĐND tỉnh"),
    (
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
        "Chứng thực",
        "Trong ngày làm việc",
        "2.000 đồng/trang",
    ),
    (
        "Chứng thực chữ ký trong các giấy tờ, văn bản",
        "Chứng thực",
        "Trong ngày làm việc",
        "10.000 đồng/trường hợp",
    ),
    (
        "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng",
        "Bảo trợ xã hội",
        "07 ngày làm việc",
        "Không",
    ),
]

CONSULTATIONS = [
    {
        "title": "Dự thảo Quy chế quản lý, tổ chức và hoạt động của Trang Thông tin điện tử {ten_xa} (sửa đổi)",
        "summary": (
            "Dự thảo cập nhật thời hạn đăng tải thông tin theo Nghị định số 224/2026/NĐ-CP, "
            "bổ sung quy trình phê duyệt và xuất bản tin bài, quy định về bảo vệ dữ liệu cá "
            "nhân của người gửi câu hỏi."
        ),
        "drafting_body": "Văn phòng – Thống kê UBND {ten_xa}",
        "opens_days_ago": 8,
        "closes_in_days": 22,
    },
    {
        "title": "Dự thảo Kế hoạch phát triển kinh tế – xã hội {ten_xa} năm {next_year}",
        "summary": (
            "Lấy ý kiến Nhân dân về các chỉ tiêu chủ yếu: tốc độ tăng thu nhập bình quân, tỷ "
            "lệ hộ nghèo, tỷ lệ thủ tục hành chính trực tuyến và các công trình trọng điểm."
        ),
        "drafting_body": "UBND {ten_xa}",
        "opens_days_ago": 60,
        "closes_in_days": -31,
    },
]

HOW_TO_COMMENT = (
    "<p>Ông/Bà gửi ý kiến góp ý bằng biểu mẫu ở cuối trang này, qua thư điện tử "
    '<a href="mailto:{email}">{email}</a> hoặc gửi trực tiếp tại Bộ phận Một cửa UBND {ten_xa}.</p>'
)

#: Comments on the demo's drafts: (draft index, name, organisation, article, text, approved).
CONSULTATION_COMMENTS = [
    (
        0,
        "Nguyễn Văn Hùng",
        "",
        "Điều 5",
        "Đề nghị quy định rõ thời hạn Ban biên tập trả lời câu hỏi của người dân tính "
        "theo ngày làm việc và công khai thời hạn này trên trang.",
        True,
    ),
    (
        0,
        "Trần Thị Mai",
        "Hội Liên hiệp Phụ nữ xã",
        "",
        "Đề nghị bổ sung chuyên mục dành cho phụ nữ và trẻ em, đăng tải các chính sách hỗ trợ "
        "sinh kế cho hội viên.",
        True,
    ),
    (
        0,
        "Lê Văn Tâm",
        "",
        "Điều 9",
        "Đề nghị cho phép người dân đăng ký nhận tin mới qua thư điện tử.",
        False,
    ),
    (
        1,
        "Phạm Quốc Bảo",
        "Hợp tác xã Nông nghiệp",
        "Mục II",
        "Đề nghị nâng chỉ tiêu diện tích lúa chất lượng cao lên 60% tổng diện tích gieo cấy.",
        True,
    ),
    (
        1,
        "Đỗ Thị Hạnh",
        "",
        "Mục III",
        "Đề nghị ưu tiên đầu tư tuyến đường liên thôn Đông – Tây trước mùa mưa.",
        True,
    ),
]

#: The demo's report on the comments on the closed draft.
CONSULTATION_REPORT_INTRO = (
    "<p>Hết thời hạn lấy ý kiến, UBND {ten_xa} nhận được 2 ý kiến góp ý của Nhân dân và "
    "tổ chức. Ý kiến được tổng hợp, tiếp thu, giải trình như sau.</p>"
)
CONSULTATION_REPORT = [
    (
        "1",
        "explained",
        "Chỉ tiêu 60% vượt khả năng chuyển đổi giống trong một năm; dự thảo giữ 45% và "
        "tăng dần trong các năm tiếp theo.",
    ),
    (
        "2",
        "accepted",
        "Bổ sung tuyến đường liên thôn Đông – Tây vào danh mục công trình khởi công trong quý II.",
    ),
]

CONTACT_INTRO = (
    "<p>Địa chỉ liên hệ chính thức của các cơ quan trong hệ thống chính trị {ten_xa}. "
    "Các cơ quan chỉ sử dụng địa chỉ thư điện tử công vụ.</p>"
)

#: (kind, name template, mail prefix) of the political system's units.
CONTACT_UNITS = [
    ("party", "Đảng ủy {ten_xa}", "danguy"),
    ("council", "Hội đồng nhân dân {ten_xa}", "hdnd"),
    ("committee", "Ủy ban nhân dân {ten_xa}", "ubnd"),
    ("front", "Ủy ban Mặt trận Tổ quốc Việt Nam {ten_xa}", "mttq"),
    ("mass", "Hội Liên hiệp Phụ nữ {ten_xa}", "hoiphunu"),
    ("mass", "Đoàn Thanh niên Cộng sản Hồ Chí Minh {ten_xa}", "doanthanhnien"),
    ("mass", "Hội Nông dân {ten_xa}", "hoinongdan"),
    ("mass", "Hội Cựu chiến binh {ten_xa}", "hoiccb"),
    ("unit", "Bộ phận Tiếp nhận và Trả kết quả (Bộ phận Một cửa) UBND {ten_xa}", "motcua"),
]

DISCLOSURE_INTRO = (
    "<p>Danh mục thông tin phải được công khai theo Luật Tiếp cận thông tin năm 2016 và "
    "nơi người dân có thể tìm thấy từng thông tin trên Trang thông tin điện tử {ten_xa}.</p>"
)

CURRENT_SLOGAN = "Đảng Cộng sản Việt Nam quang vinh muôn năm! Chung sức xây dựng nông thôn mới!"
EXPIRED_SLOGAN = (
    "Nhiệt liệt chào mừng kỷ niệm {anniversary} năm Cách mạng Tháng Tám thành công và "
    "Quốc khánh nước CHXHCN Việt Nam 2/9"
)

#: Citizens' questions (Hỏi đáp), from receipt to published answer through
#: the questions app's own services. The askers are made up; they leave a
#: phone number only, which is never shown with the published answer.
QUESTIONS = [
    {
        "asker": "Nguyễn Văn Tùng",
        "phone": "0912 345 678",
        "topic": "procedures",
        "days_ago": 41,
        "answer_after": 6,
        "text": (
            "Tôi muốn đăng ký khai sinh cho con qua mạng thì làm thế nào? Có phải mang giấy "
            "tờ lên UBND xã không?"
        ),
        "answer": (
            "Ông/Bà truy cập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), đăng nhập bằng "
            "tài khoản định danh điện tử VNeID, chọn thủ tục “Đăng ký khai sinh”, khai thông "
            "tin và đính kèm ảnh chụp giấy chứng sinh. Công chức Tư pháp – Hộ tịch {ten_xa} "
            "kiểm tra hồ sơ và trả kết quả trong ngày làm việc; bản điện tử được gửi vào tài "
            "khoản của Ông/Bà, bản giấy nhận tại Bộ phận Một cửa. Thủ tục này được miễn lệ phí."
        ),
    },
    {
        "asker": "Trần Thị Hạnh",
        "phone": "0987 654 321",
        "topic": "social",
        "days_ago": 24,
        "answer_after": 9,
        "text": (
            "Gia đình tôi thuộc hộ cận nghèo, mẹ tôi năm nay 78 tuổi, không có lương hưu. Mẹ "
            "tôi có được hưởng trợ cấp xã hội hằng tháng không và cần làm hồ sơ gì?"
        ),
        "answer": (
            "Người cao tuổi thuộc hộ nghèo, hộ cận nghèo đáp ứng điều kiện về độ tuổi và hoàn "
            "cảnh theo quy định về chính sách trợ giúp xã hội có thể được xem xét hưởng trợ "
            "cấp hằng tháng. Đề nghị gia đình liên hệ công chức Văn hóa – Xã hội UBND {ten_xa} "
            "(trong giờ hành chính) để được hướng dẫn điều kiện cụ thể và kê khai tờ khai theo "
            "mẫu; hồ sơ được giải quyết trong 07 ngày làm việc."
        ),
    },
    {
        "asker": "Lê Văn Phúc",
        "phone": "0905 112 233",
        "topic": "environment",
        "days_ago": 3,
        "text": (
            "Đoạn đường liên {thon} qua {v2} bị ngập sau mỗi trận mưa lớn do cống thoát nước "
            "bị tắc. Đề nghị UBND xã xem xét nạo vét cống."
        ),
    },
]

#: The portal consults on one draft only.
PORTAL["consultations"] = CONSULTATIONS[:1]
