"""Make many complete commune sites fast, for benchmarks and scale tests.

``generate(sites, items)`` builds what ``provisioning.create_site`` builds
(Site, CommuneHomePage, every mandatory section, collection, profile and,
optionally, the board's groups and workflow) plus ``items`` live news items
per site, a few legal documents and a statistical report, all sharing one
lead photo and one PDF. It writes rows in bulk: treebeard paths are computed
here instead of one ``add_child`` (several queries) per page, because
Wagtail's page API has no bulk creation and 3,321 sites x 30 pages one by
one takes an hour.

What is written matches what publishing through Wagtail leaves behind: each
page has one revision that is both its latest and its live revision. Not
written: page log entries and the reference index (only the admin's
"usage" and history views read them). The search index is filled with the
backend's own ``add_bulk`` unless ``search_index=False``.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from bench.bulk_pages import (
    _next_position,
    _PageWriter,
    _statistics_tables,
)
from board.models import FourEyesApprovalTask, UnitApprovalTask
from board.services import roles as board_roles
from board.services import workflow as board_workflow
from core.hosts import bump_generation as bump_hosts
from core.models import Role, SiteProfile, SiteRoleGroup
from core.samples import make_image_bytes, make_pdf_bytes
from core.search_backend import optimize_index
from core.wagtail_speedups import bump_generation
from home.services.provisioning import MANDATORY_SECTIONS, _model

DEFAULT_DOMAIN = "bench.gov.vn"
CHUNK_SITES = 100


class GenerateError(Exception):
    """The generator refuses to run; the message says why (in English, for
    the operator's terminal)."""


@dataclass
class Generated:
    sites: list = field(default_factory=list)
    pages: int = 0
    image: object = None
    document: object = None


def hostnames(sites, domain=DEFAULT_DOMAIN):
    return [f"xa{n}.{domain}" for n in range(1, sites + 1)]


def _shared_media(collection):
    image = get_image_model().objects.create(
        title="Ảnh minh họa tin bài",
        collection=collection,
        file=ContentFile(make_image_bytes("Tin tuc", size=(640, 360), seed=1), name="bench.jpg"),
    )
    document = get_document_model().objects.create(
        title="Quyết định mẫu",
        collection=collection,
        file=ContentFile(make_pdf_bytes("Quyet dinh", ["Van ban mau"]), name="bench.pdf"),
    )
    return image, document


def generate(
    sites,
    items,
    *,
    documents=3,
    statistics=1,
    domain=DEFAULT_DOMAIN,
    board=True,
    search_index=True,
    progress=None,
):
    """Create ``sites`` commune sites with ``items`` news items each.

    Host names are xa1.<domain> ... xaN.<domain>; refuses (GenerateError)
    when any site of ``domain`` exists already, so a second run never
    doubles a database. ``progress(done, total)`` is called after each
    chunk of sites. Returns a Generated record.
    """
    if sites < 1 or items < 0 or documents < 0 or statistics < 0:
        raise GenerateError("--sites must be at least 1 and counts cannot be negative.")
    names = hostnames(sites, domain)
    if Site.objects.filter(hostname__endswith=f".{domain}").exists():
        raise GenerateError(
            f"The database already holds sites under {domain}: use an empty database "
            "or another --domain."
        )

    locale = Locale.get_default()
    root_collection = Collection.get_first_root_node()
    result = Generated()
    result.image, result.document = _shared_media(root_collection)
    now = timezone.now()
    models = {
        "home": _model("home.CommuneHomePage"),
        "news": _model("news.NewsPage"),
        "document": _model("documents.LegalDocumentPage"),
        "statistics": _model("documents.StatisticsPage"),
    }
    today = timezone.localdate()
    done = 0
    with translation.override("vi"):
        section_titles = [_(section.title) for section in MANDATORY_SECTIONS]
        for start in range(0, sites, CHUNK_SITES):
            chunk = names[start : start + CHUNK_SITES]
            with transaction.atomic():
                made = _generate_chunk(
                    chunk,
                    start,
                    items,
                    documents,
                    statistics,
                    locale=locale,
                    root_collection=root_collection,
                    models=models,
                    section_titles=section_titles,
                    image=result.image,
                    document=result.document,
                    now=now,
                    today=today,
                    search_index=search_index,
                    profile_model=SiteProfile,
                    board=board,
                )
            result.sites.extend(made[0])
            result.pages += made[1]
            done += len(chunk)
            if progress:
                progress(done, sites)
    # bulk_create sends no post_save: tell every process the sites changed

    bump_generation()
    bump_hosts()
    if connection.vendor == "postgresql":
        # Fresh planner statistics for what was just written. Without them
        # PostgreSQL guessed one row for any search and joined every
        # matching index entry of every commune to the commune's pages:
        # 2 s per search at 3,321 communes until autovacuum analyzed the
        # tables, 2 ms after (bench/README.md).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    elif search_index:
        # One FTS5 segment instead of one per chunk: the commune search asks
        # the index once per page, and each lookup reads every segment.

        optimize_index()
    return result


def _generate_chunk(
    chunk_hostnames,
    offset,
    items,
    documents,
    statistics,
    *,
    locale,
    root_collection,
    models,
    section_titles,
    image,
    document,
    now,
    today,
    search_index,
    profile_model,
    board,
):
    root = Page.get_first_root_node()
    writer = _PageWriter(now)
    position = _next_position(root)
    homes = []
    for i, hostname in enumerate(chunk_hostnames):
        number = offset + i + 1
        # names and root slugs stay unique when several domains are generated
        label, _dot, domain = hostname.partition(".")
        suffix = "" if domain == DEFAULT_DOMAIN else f" ({domain.split('.')[0]})"
        name = f"Xã Thử Tải {number}{suffix}"
        slug = label if not suffix else f"{label}-{domain.split('.')[0]}"
        home = models["home"](title=name, slug=slug, locale=locale, seo_title=name)
        home.numchild = 0
        writer.add(home, root.path, 2, position + i, root.url_path)
        homes.append((hostname, name, home))
        children = []
        for n, (section, title) in enumerate(
            zip(MANDATORY_SECTIONS, section_titles, strict=True), start=1
        ):
            page = _model(section.model)(
                title=title, slug=section.slug, locale=locale, show_in_menus=True
            )
            writer.add(page, home.path, 3, n, home.url_path)
            children.append(page)
        by_slug = {page.slug: page for page in children}
        _add_items(
            writer,
            by_slug,
            items,
            documents,
            statistics,
            models,
            locale,
            image,
            document,
            now,
            today,
            number,
        )
        # numchild is final only once the children are known
        home.numchild = len(children)
    writer.flush()
    if search_index:
        writer.index()
    root.numchild = Page.objects.filter(depth=2).count()
    Page.objects.filter(pk=root.pk).update(numchild=root.numchild)

    col_position = _next_position(root_collection)
    collections = [
        Collection(
            name=name,
            path=Collection._get_path(root_collection.path, 2, col_position + i),
            depth=2,
            numchild=0,
        )
        for i, (_hostname, name, _home) in enumerate(homes)
    ]
    Collection.objects.bulk_create(collections)
    Collection.objects.filter(pk=root_collection.pk).update(
        numchild=Collection.objects.filter(depth=2).count()
    )
    made_sites = Site.objects.bulk_create(
        [
            Site(hostname=hostname, port=80, site_name=name, root_page_id=home.id)
            for hostname, name, home in homes
        ]
    )
    profile_model.objects.bulk_create(
        [
            profile_model(
                site=site,
                agency_name=f"Ủy ban nhân dân {site.site_name.lower()}",
                collection=collection,
            )
            for site, collection in zip(made_sites, collections, strict=True)
        ]
    )
    if board:
        _bulk_board(made_sites, [home for _h, _n, home in homes], collections)
    return made_sites, len(writer.pages)


def _bulk_board(sites, homes, collections):
    """What board.services.provisioning.provision_board_for_site makes for
    each site (five role groups with their permissions, the review and
    approval workflow on the home page), in a few bulk INSERTs: the
    service's get_or_create calls cost half a second per site. The tests
    compare both for drift (tests/home/test_bulk_generate.py)."""

    board_roles.district_admins_group()
    permissions = {
        f"{p.content_type.app_label}.{p.codename}": p
        for p in Permission.objects.select_related("content_type")
    }
    admin_access = permissions["wagtailadmin.access_admin"]
    groups = {}
    for site in sites:
        for role in Role:
            groups[(site.pk, role)] = Group(name=board_roles.group_name(site, role))
    Group.objects.bulk_create(groups.values())
    SiteRoleGroup.objects.bulk_create(
        SiteRoleGroup(site_id=site_id, role=role, group=group)
        for (site_id, role), group in groups.items()
    )
    through, page_perms, site_perms, collection_perms = [], [], [], []
    for site, home, collection in zip(sites, homes, collections, strict=True):
        for role in Role:
            group = groups[(site.pk, role)]
            for perm in [admin_access] + [
                permissions[label] for label in board_roles.MODEL_PERMISSIONS[role]
            ]:
                through.append(Group.permissions.through(group=group, permission=perm))
            for kind in board_roles.PAGE_PERMISSIONS[role]:
                page_perms.append(
                    GroupPagePermission(
                        group=group,
                        page_id=home.id,
                        permission=permissions[f"wagtailcore.{kind}_page"],
                    )
                )
            if role in (Role.HEAD, Role.DEPUTY):
                for label in board_roles.SITE_SETTING_PERMISSIONS:
                    site_perms.append(
                        GroupSitePermission(group=group, site=site, permission=permissions[label])
                    )
            for kind in board_roles.COLLECTION_PERMISSIONS[role]:
                for model, app in (("image", "wagtailimages"), ("document", "wagtaildocs")):
                    collection_perms.append(
                        GroupCollectionPermission(
                            group=group,
                            collection=collection,
                            permission=permissions[f"{app}.{kind}_{model}"],
                        )
                    )
    Group.permissions.through.objects.bulk_create(through, batch_size=500)
    GroupPagePermission.objects.bulk_create(page_perms, batch_size=500)
    GroupSitePermission.objects.bulk_create(site_perms, batch_size=500)
    GroupCollectionPermission.objects.bulk_create(collection_perms, batch_size=500)

    with translation.override("vi"):
        workflows = [
            Workflow(name=_("%(site)s – review and approval") % {"site": site.site_name[:200]})
            for site in sites
        ]
        tasks = []
        for site in sites:
            name = site.site_name[:200]
            tasks.append(FourEyesApprovalTask(name=_("%(site)s – review") % {"site": name}))
            tasks.append(FourEyesApprovalTask(name=_("%(site)s – approval") % {"site": name}))
        leaders = [
            UnitApprovalTask(
                name=_("%(site)s – unit leader's approval") % {"site": site.site_name[:200]}
            )
            for site in sites
        ]
    Workflow.objects.bulk_create(workflows)
    _insert_tasks(FourEyesApprovalTask, tasks)
    _insert_tasks(UnitApprovalTask, leaders)
    task_groups, workflow_tasks, workflow_pages = [], [], []
    for n, (site, home, workflow) in enumerate(zip(sites, homes, workflows, strict=True)):
        review, approval = tasks[2 * n], tasks[2 * n + 1]
        for task, task_roles in (
            (review, board_workflow.REVIEW_ROLES),
            (approval, board_workflow.APPROVAL_ROLES),
        ):
            for role in task_roles:
                task_groups.append(
                    FourEyesApprovalTask.groups.through(
                        foureyesapprovaltask_id=task.id, group=groups[(site.pk, role)]
                    )
                )
        for order, task in enumerate((leaders[n], review, approval)):
            workflow_tasks.append(
                WorkflowTask(workflow=workflow, task_id=task.id, sort_order=order)
            )
        workflow_pages.append(WorkflowPage(workflow=workflow, page_id=home.id))
    FourEyesApprovalTask.groups.through.objects.bulk_create(task_groups, batch_size=500)
    WorkflowTask.objects.bulk_create(workflow_tasks, batch_size=500)
    WorkflowPage.objects.bulk_create(workflow_pages, batch_size=500)


def _add_items(
    writer,
    sections,
    items,
    documents,
    statistics,
    models,
    locale,
    image,
    document,
    now,
    today,
    number,
):
    news_index = sections["tin-tuc"]
    for n in range(items):
        published = now - datetime.timedelta(hours=items - n)
        writer.add(
            models["news"](
                title=f"Hội nghị tổng kết công tác số {n + 1} của xã {number}",
                slug=f"tin-{n + 1}",
                locale=locale,
                first_published_at=published,
                summary="Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm.",
                lead_image=image,
                lead_image_alt="Quang cảnh hội nghị",
                body=[("paragraph", "<p>Nội dung tin bài về hoạt động của xã.</p>")],
                category="activity",
                event_date=published.date(),
                due_date=published.date(),
                published_on_time=True,
                author="Ban biên tập",
            ),
            news_index.path,
            4,
            n + 1,
            news_index.url_path,
        )
    news_index.numchild = items
    register = sections["van-ban"]
    for n in range(documents):
        signed = today - datetime.timedelta(days=n + 1)
        writer.add(
            models["document"](
                title=f"Quyết định số {n + 1} của Ủy ban nhân dân xã",
                slug=f"van-ban-{n + 1}",
                locale=locale,
                number=f"{n + 1}/QĐ-UBND",
                document_type="decision",
                issuing_body="UBND xã",
                signer="Nguyễn Văn An",
                signing_date=signed,
                due_date=signed,
                published_on_time=True,
                summary="Quyết định về việc ban hành kế hoạch công tác năm.",
                file=document,
            ),
            register.path,
            4,
            n + 1,
            register.url_path,
        )
    register.numchild = documents
    reports = sections["thong-ke"]
    for n in range(statistics):
        writer.add(
            models["statistics"](
                title=f"Báo cáo thống kê số {n + 1}",
                slug=f"bao-cao-{n + 1}",
                locale=locale,
                period="Quý III/2026",
                period_start=datetime.date(2026, 7, 1),
                period_end=datetime.date(2026, 9, 30),
                date_sent=datetime.date(2026, 10, 5),
                due_date=datetime.date(2026, 10, 5),
                published_on_time=True,
                tables=_statistics_tables(),
            ),
            reports.path,
            4,
            n + 1,
            reports.url_path,
        )
    reports.numchild = statistics


def _insert_tasks(model, tasks):
    """Task is the concrete parent of ``model``: insert the parents, then
    the children with the same ids (the same trick as pages)."""
    content_type = ContentType.objects.get_for_model(model)
    for task in tasks:
        task.content_type = content_type
    Task.objects.bulk_create(tasks)
    for task in tasks:
        task.task_ptr_id = task.id
    model._base_manager._insert(tasks, fields=model._meta.local_concrete_fields)
