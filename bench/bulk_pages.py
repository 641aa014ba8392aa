"""Bulk writing of pages for the generator (bench.bulk): treebeard paths,
revisions and search index rows written in batches, not one page at a time."""

from modelsearch.backends.database.postgres import postgres

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from modelcluster.models import (
    get_all_child_m2m_relations,
    get_all_child_relations,
    get_serializable_data_for_fields,
)
from wagtail.models import (
    Page,
    Revision,
)
from wagtail.search.backends import get_search_backend


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
            groups.setdefault(tuple(kinds), []).append([indexer.id, title_text, body_text, *texts])
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
    names = ", ".join(
        ["object_id", "title_text", "body_text"] + [f"p{n}" for n in range(len(kinds))]
    )
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
