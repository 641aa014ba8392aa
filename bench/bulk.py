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

from modelsearch.backends.database.postgres import postgres

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from modelcluster.models import (
    get_all_child_m2m_relations,
    get_all_child_relations,
    get_serializable_data_for_fields,
)
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.search.backends import get_search_backend

from board.models import FourEyesApprovalTask
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


def _statistics_tables():
    return [
        (
            "table",
            {
                "caption": "Dân số theo thôn",
                "source": "UBND xã",
                "table": {
                    "columns": [
                        {"type": "text", "heading": "Thôn"},
                        {"type": "integer", "heading": "Số hộ"},
                    ],
                    "rows": [{"values": ["Thôn 1", 120]}, {"values": ["Thôn 2", 98]}],
                },
            },
        )
    ]


class _PageWriter:
    """Collects specific page instances and writes them in bulk.

    Django cannot bulk_create a multi-table inherited model, so the
    wagtailcore_page rows go through Page.objects.bulk_create (which sets
    the ids) and each page type's own table through one INSERT per batch.
    """

    def __init__(self, now):
        self.now = now
        self.pages = []
        self.content_types = {}
        self.base_ct = ContentType.objects.get_for_model(Page)
        self.relations = {}

    def add(self, page, parent_path, depth, position, parent_url_path):
        page.path = Page._get_path(parent_path, depth, position)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent_url_path}{page.slug}/"
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or self.now
        page.last_published_at = page.first_published_at
        page.latest_revision_created_at = page.first_published_at
        model = type(page)
        if model not in self.content_types:
            self.content_types[model] = ContentType.objects.get_for_model(model)
        page.content_type = self.content_types[model]
        self.pages.append(page)
        return page

    def flush(self):
        if not self.pages:
            return
        Page.objects.bulk_create(self.pages, batch_size=500)
        by_model = {}
        for page in self.pages:
            page.page_ptr_id = page.id
            by_model.setdefault(type(page), []).append(page)
        for model, pages in by_model.items():
            fields = model._meta.local_concrete_fields
            size = max(1, connection.ops.bulk_batch_size(fields, pages))
            for start in range(0, len(pages), size):
                model._base_manager._insert(pages[start : start + size], fields=fields)
        revisions = [
            Revision(
                content_type=self.content_types[type(page)],
                base_content_type=self.base_ct,
                object_id=str(page.id),
                created_at=page.first_published_at,
                object_str=page.title[:255],
                content=self.revision_content(page),
            )
            for page in self.pages
        ]
        Revision.objects.bulk_create(revisions, batch_size=500)
        for page, revision in zip(self.pages, revisions, strict=True):
            page.latest_revision_id = page.live_revision_id = revision.id
        _set_revisions(self.pages)

    def revision_content(self, page):
        """What page.serializable_data() gives for a new page, without its
        query per child relation (every relation of a new page is empty)."""
        model = type(page)
        if model not in self.relations:
            self.relations[model] = (
                [rel.get_accessor_name() for rel in get_all_child_relations(page)],
                [f.name for f in get_all_child_m2m_relations(page) if f.serialize],
            )
        content = get_serializable_data_for_fields(page)
        for name in self.relations[model][0] + self.relations[model][1]:
            content[name] = []
        return content

    def index(self):

        backend = get_search_backend()
        by_model = {}
        for page in self.pages:
            by_model.setdefault(type(page), []).append(page)
        if _postgres_index(backend) is not None:
            _index_postgres(backend, by_model)
            return
        for model, pages in by_model.items():
            backend.add_bulk(model, pages)


def _set_revisions(pages, batch=400):
    """Point each page at its revision: one UPDATE ... FROM (VALUES ...) per
    batch. Django's bulk_update builds a CASE WHEN with one branch per row
    and field, which cost more than writing the pages themselves."""
    table = connection.ops.quote_name(Page._meta.db_table)
    with connection.cursor() as cursor:
        for start in range(0, len(pages), batch):
            part = pages[start : start + batch]
            values = ", ".join(["(%s, %s)"] * len(part))
            params = [n for page in part for n in (page.id, page.latest_revision_id)]
            # only the quoted table name and placeholders are formatted in
            sql = (
                f"UPDATE {table} SET latest_revision_id = v.column2, "  # noqa: S608
                f"live_revision_id = v.column2 FROM (VALUES {values}) AS v "
                f"WHERE {table}.id = v.column1"
            )
            cursor.execute(sql, params)


def _postgres_index(backend):
    """The backend's PostgreSQL index, or None on any other backend."""
    if connection.vendor != "postgresql":
        return None
    index = backend.get_index_for_model(Page)
    return index if isinstance(index, postgres.PostgresIndex) else None


def _index_postgres(backend, by_model, batch=2000):
    """The rows PostgresIndex.add_items writes, computed in one pass.

    add_items asks each object's field values five times (title, body,
    autocomplete and their plain texts; our search_text folds a whole
    StreamField each time), builds a Django SearchVector expression per
    value, and rereads the whole index table twice after every call to
    refresh the title norms: minutes at 100,000 pages, and more with each
    commune. Here each value is read once (with the backend's own
    ObjectIndexer.prepare_field), the texts go to PostgreSQL as arrays and
    to_tsvector runs there, with the same configs, weights, concatenation
    and upsert; the title norms are refreshed once per call.
    tests/home/test_bulk_generate.py compares the rows with add_bulk's."""

    index = _postgres_index(backend)
    table = connection.ops.quote_name(postgres.IndexEntry._meta.db_table)
    for model, objs in by_model.items():
        search_fields = model.get_search_fields()
        if not search_fields:
            continue
        content_type_id = postgres.get_content_type_pk(model)
        groups = {}
        for obj in objs:
            indexer = postgres.ObjectIndexer(obj, backend)
            kinds, texts = [], []
            for search_field in indexer.search_fields:
                for prepared, weight, value in indexer.prepare_field(obj, search_field):
                    if isinstance(prepared, postgres.AutocompleteField):
                        kinds.append(("autocomplete", weight))
                    elif prepared.field_name == "title":
                        kinds.append(("title", weight))
                    else:
                        kinds.append(("body", weight))
                    texts.append(value.strip())
            title_text = " ".join(
                t for (kind, _w), t in zip(kinds, texts, strict=True) if kind == "title" and t
            )
            body_text = " ".join(
                t for (kind, _w), t in zip(kinds, texts, strict=True) if kind == "body" and t
            )
            groups.setdefault(tuple(kinds), []).append(
                [indexer.id, title_text, body_text, *texts]
            )
        for kinds, rows in groups.items():
            sql, head_params = _index_sql(table, kinds, backend)
            for start in range(0, len(rows), batch):
                part = rows[start : start + batch]
                columns = [list(column) for column in zip(*part, strict=True)]
                with connection.cursor() as cursor:
                    cursor.execute(sql, [content_type_id, *head_params, *columns])
    index._refresh_title_norms()


def _index_sql(table, kinds, backend):
    """INSERT ... SELECT FROM unnest(arrays) for one shape of prepared
    values: ObjectIndexer.as_vector's setweight(to_tsvector(config, text),
    weight) joined by ||, an empty text adding nothing, as it is dropped
    there."""
    params = []
    vectors = {}
    for kind in ("title", "autocomplete", "body"):
        parts = []
        for n, (part_kind, weight) in enumerate(kinds):
            if part_kind != kind:
                continue
            config = backend.autocomplete_config if kind == "autocomplete" else backend.config
            parts.append(f"setweight(to_tsvector(%s::regconfig, u.p{n}), %s)")
            params += [config, weight]
        vectors[kind] = " || ".join(parts) if parts else "''::tsvector"
    names = ", ".join(["object_id", "title_text", "body_text"] + [f"p{n}" for n in range(len(kinds))])
    arrays = ", ".join(["%s::text[]"] * (3 + len(kinds)))
    # formatted in: the quoted table name, column names, placeholders
    sql = (
        f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, "  # noqa: S608
        "title_norm, title_text, body_text) "
        f"SELECT %s, u.object_id, {vectors['title']}, {vectors['autocomplete']}, "
        f"{vectors['body']}, 1.0, u.title_text, u.body_text "
        f"FROM unnest({arrays}) AS u({names}) "
        "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
        "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
        "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text"
    )
    # the content type comes first in the SELECT, before the vectors' params
    return sql, params


def _next_position(parent):
    """1 + the step of the parent's last child (by path: Collection's own
    child ordering is by name)."""
    model = type(parent)
    last = (
        model.objects.filter(depth=parent.depth + 1, path__startswith=parent.path)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return 1 if last is None else model._str2int(last[-parent.steplen :]) + 1


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
        _add_items(writer, by_slug, items, documents, statistics, models, locale,
                   image, document, now, today, number)
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
            profile_model(site=site, agency_name=f"Ủy ban nhân dân {site.site_name.lower()}",
                          collection=collection)
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
            for perm in [admin_access] + [permissions[label] for label in
                                          board_roles.MODEL_PERMISSIONS[role]]:
                through.append(Group.permissions.through(group=group, permission=perm))
            for kind in board_roles.PAGE_PERMISSIONS[role]:
                page_perms.append(GroupPagePermission(
                    group=group, page_id=home.id, permission=permissions[f"wagtailcore.{kind}_page"]
                ))
            if role in (Role.HEAD, Role.DEPUTY):
                for label in board_roles.SITE_SETTING_PERMISSIONS:
                    site_perms.append(
                        GroupSitePermission(group=group, site=site, permission=permissions[label])
                    )
            for kind in board_roles.COLLECTION_PERMISSIONS[role]:
                for model, app in (("image", "wagtailimages"), ("document", "wagtaildocs")):
                    collection_perms.append(GroupCollectionPermission(
                        group=group, collection=collection,
                        permission=permissions[f"{app}.{kind}_{model}"],
                    ))
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
    Workflow.objects.bulk_create(workflows)
    task_ct = ContentType.objects.get_for_model(FourEyesApprovalTask)
    for task in tasks:
        task.content_type = task_ct
    Task.objects.bulk_create(tasks)  # Task is the concrete parent: same trick as pages
    for task in tasks:
        task.task_ptr_id = task.id
    fields = FourEyesApprovalTask._meta.local_concrete_fields
    FourEyesApprovalTask._base_manager._insert(tasks, fields=fields)
    task_groups, workflow_tasks, workflow_pages = [], [], []
    for n, (site, home, workflow) in enumerate(zip(sites, homes, workflows, strict=True)):
        review, approval = tasks[2 * n], tasks[2 * n + 1]
        for task, task_roles in (
            (review, board_workflow.REVIEW_ROLES),
            (approval, board_workflow.APPROVAL_ROLES),
        ):
            for role in task_roles:
                task_groups.append(FourEyesApprovalTask.groups.through(
                    foureyesapprovaltask_id=task.id, group=groups[(site.pk, role)]
                ))
        workflow_tasks.append(WorkflowTask(workflow=workflow, task_id=review.id, sort_order=0))
        workflow_tasks.append(WorkflowTask(workflow=workflow, task_id=approval.id, sort_order=1))
        workflow_pages.append(WorkflowPage(workflow=workflow, page_id=home.id))
    FourEyesApprovalTask.groups.through.objects.bulk_create(task_groups, batch_size=500)
    WorkflowTask.objects.bulk_create(workflow_tasks, batch_size=500)
    WorkflowPage.objects.bulk_create(workflow_pages, batch_size=500)


def _add_items(writer, sections, items, documents, statistics, models, locale, image,
               document, now, today, number):
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
