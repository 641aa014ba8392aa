"""SQLite search whose cost follows the searched pages, not the whole index.

Wagtail's SQLite backend filters with ``pk IN (every entry whose text
MATCHes)``: FTS5 reads the words' entries in every commune before the
commune's pages are kept. It then orders by bm25(), which computes each
word's inverse document frequency by reading all of that word's entries
again, in every commune, for every page it scores (FTS5 forgets it between
lookups). With "hoi nghi" at 3,321 communes that is 66,000 entries per
word, about 9 ms per result.

Here each page of the queryset (one commune's pages, found by path) looks up
its own index entry (unique index on content type and object id) and asks
FTS5 whether that one row matches (``rowid = ?`` with MATCH: a seek in the
words' entry lists). Matching is the same FTS5 MATCH as Wagtail's, on the
same columns, so the same pages are found.

Ranking needs no statistics of other communes: pages holding the words side
by side as typed come first, then the others, newest first within each
(Wagtail's own tie-break, ``-pk``). bm25 cannot be kept at a flat cost: its
statistics are those of the whole index (which also made a commune's order
change when another commune published).

Only for searches over a few pages (core.search.search_site); the admin's
searches across every commune keep Wagtail's query (docs/scale.md).
"""

from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import MatchAll, Not, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from django.db.models import Case, Exists, FloatField, OuterRef, Q, TextField, Value, When
from django.db.models.functions import Cast

from wagtail.models import Page

#: order of a page holding the query's words side by side, then of the others
PHRASE_RANK, WORDS_RANK = 0.0, 1.0


class PerPageSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        negated = isinstance(query, Not)
        if negated:
            query = query.subquery
        if isinstance(query, MatchAll):
            return self.queryset.none() if negated else self.queryset[start:stop]

        columns = self.fields or self.FTS_TABLE_FIELDS
        found = self._matches(MatchExpression(columns, self.build_search_query(query, config)))
        queryset = self.queryset.filter(~found if negated else found)

        # From here on as SQLiteSearchQueryCompiler.search, with its own score.
        if self.order_by_relevance and score_field is None and not negated:
            score_field = "_score"
        if score_field is not None and not negated:
            queryset = queryset.annotate(**{score_field: self._rank(query, columns, config)})
            if self.order_by_relevance:
                queryset = queryset.order_by(score_field, "-pk")
        if not self.order_by_relevance and not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]

    def _matches(self, match):
        """True for a page of the queryset whose index entry matches ``match``.

        Nested EXISTS rather than a join: a join lets SQLite start from the
        FTS5 table (every commune's matches) whenever its estimates say so.
        """
        model = self.queryset.model
        if issubclass(model, Page):
            # A page is indexed as its specific type, its content_type: one
            # index lookup instead of one per page type.
            content_type = Q(content_type_id=OuterRef("content_type_id"))
        else:
            content_type = Q(content_type_id__in=get_descendants_content_types_pks(model))
        entries = IndexEntry._default_manager.filter(
            content_type,
            # object_id is text: compared as text, the unique index answers it.
            object_id=Cast(OuterRef("pk"), TextField()),
        )
        entry_matches = SQLiteFTSIndexEntry.objects.filter(match, index_entry=OuterRef("pk"))
        return Exists(entries.filter(Exists(entry_matches)))

    def _rank(self, query, columns, config):
        words = query.query_string.split() if isinstance(query, PlainText) else []
        if len(words) < 2:
            return Value(WORDS_RANK, output_field=FloatField())
        phrase = self.build_search_query(Phrase(" ".join(words)), config)
        return Case(
            When(self._matches(MatchExpression(columns, phrase)), then=Value(PHRASE_RANK)),
            default=Value(WORDS_RANK),
            output_field=FloatField(),
        )


class CommuneSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PerPageSQLiteSearchQueryCompiler
