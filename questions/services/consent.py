"""The personal-data notice shown on the question form and the consent to it
(Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15; Nghị định 356/2025/NĐ-CP, which
replaced Nghị định 13/2023 from 1 January 2026)."""

from django.utils import timezone

from questions.models.records import ConsentNotice

#: Shipped with the code so a fresh installation has a notice; a new wording
#: is a new ConsentNotice added in the admin, never an edit of this one.
DEFAULT_VERSION = "2026-01"
DEFAULT_PURPOSE = (
    "Ủy ban nhân dân xã thu thập họ tên, số điện thoại và/hoặc địa chỉ thư điện tử "
    "của Ông/Bà chỉ nhằm mục đích tiếp nhận, trả lời câu hỏi và thông báo kết quả xử lý. "
    "Thông tin liên hệ không được công bố trên Trang thông tin điện tử, không chuyển "
    "cho bên thứ ba, và được xóa khi Ông/Bà yêu cầu hoặc khi hết thời hạn lưu trữ. "
    "Nội dung câu hỏi và câu trả lời có thể được công khai, không kèm thông tin liên hệ. "
    "Căn cứ Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số "
    "356/2025/NĐ-CP. Ông/Bà có quyền rút lại sự đồng ý, yêu cầu xem, chỉnh sửa hoặc "
    "xóa dữ liệu cá nhân bằng cách liên hệ Ủy ban nhân dân xã (mục Liên hệ)."
)


def current_notice(now=None):
    """The notice in force now, creating the shipped default if none is."""

    now = now or timezone.now()
    notice = ConsentNotice.objects.filter(effective_from__lte=now).first()
    if notice is None:
        notice, _created = ConsentNotice.objects.get_or_create(
            version=DEFAULT_VERSION,
            defaults={"purpose": DEFAULT_PURPOSE, "effective_from": now},
        )
    return notice


def notice_by_version(version):
    return ConsentNotice.objects.filter(version=version).first()
