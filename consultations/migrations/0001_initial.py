import core.mixins
import django.db.models.deletion
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

APP = 'consultations'
MOVED = [('home', 'consultationindexpage'), ('home', 'consultationpage')]


def rename_content_types(apps, schema_editor):
    """The moved pages keep their rows, revisions and permissions: their
    content types change app label instead of being created anew."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_label, model in MOVED:
        ContentType.objects.filter(app_label=old_label, model=model).update(app_label=APP)


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_label, model in MOVED:
        ContentType.objects.filter(app_label=APP, model=model).update(app_label=old_label)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0005_move_settings_to_core'),
        ('questions', '0006_question_notify_by_email'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The page tables stay where they were (Meta.db_table): only Django's
        # state moves from ``home``, and the content types follow.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ConsultationIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', wagtail.fields.RichTextField(blank=True, verbose_name='introduction')),
                    ],
                    options={
                        'verbose_name': 'consultation section',
                        'db_table': 'home_consultationindexpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, core.mixins.SectionMixin, core.mixins.SearchTextMixin, core.mixins.DublinCoreMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='ConsultationPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('summary', models.TextField(max_length=2000, verbose_name='summary')),
                        ('drafting_body', models.CharField(max_length=255, verbose_name='drafting body')),
                        ('opens_on', models.DateField(verbose_name='open for comments from')),
                        ('closes_on', models.DateField(verbose_name='open for comments until')),
                        ('how_to_comment', wagtail.fields.RichTextField(blank=True, verbose_name='how to send comments')),
                        ('draft_document', models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtaildocs.document', verbose_name='draft document')),
                    ],
                    options={
                        'verbose_name': 'draft for consultation',
                        'db_table': 'home_consultationpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, core.mixins.SearchTextMixin, core.mixins.DublinCoreMixin, 'wagtailcore.page'),
                ),
            ],
        ),
        migrations.RunPython(rename_content_types, restore_content_types),
        migrations.AddField(
            model_name='consultationpage',
            name='report_intro',
            field=wagtail.fields.RichTextField(blank=True, help_text='Once comments are closed: how many comments were received and how the draft was changed.', verbose_name='report on the comments received'),
        ),
        migrations.AddField(
            model_name='consultationpage',
            name='report',
            field=wagtail.fields.StreamField([('response', 3)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'The numbers of the comments, e.g. “1, 3, 5”, or a group of comments.', 'label': 'Comments concerned', 'max_length': 255}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('accepted', 'Accepted'), ('explained', 'Explained (not accepted)')], 'label': 'Outcome'}), 2: ('wagtail.blocks.TextBlock', (), {'label': 'Response of the drafting body', 'max_length': 5000}), 3: ('wagtail.blocks.StructBlock', [[('comments', 0), ('outcome', 1), ('response', 2)]], {})}, verbose_name='responses to comments'),
        ),
        migrations.AddField(
            model_name='consultationpage',
            name='report_published_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='report published at'),
        ),
        migrations.AddField(
            model_name='consultationpage',
            name='report_document',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='signed report (PDF)'),
        ),
        migrations.CreateModel(
            name='DraftComment',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.PositiveIntegerField(blank=True, null=True, verbose_name='number')),
                ('commenter_name', models.CharField(blank=True, max_length=100, verbose_name='full name')),
                ('organisation', models.CharField(blank=True, max_length=255, verbose_name='organisation')),
                ('contact', models.CharField(blank=True, max_length=254, verbose_name='phone or email')),
                ('article', models.CharField(blank=True, max_length=100, verbose_name='article of the draft')),
                ('text', models.TextField(max_length=5000, verbose_name='comment')),
                ('submitted_at', models.DateTimeField(db_index=True, verbose_name='sent at')),
                ('state', models.CharField(choices=[('pending', 'Awaiting moderation'), ('approved', 'Approved'), ('rejected', 'Rejected'), ('spam', 'Spam')], db_index=True, default='pending', max_length=16, verbose_name='state')),
                ('moderation_note', models.TextField(blank=True, max_length=2000, verbose_name='reason')),
                ('moderated_at', models.DateTimeField(blank=True, null=True, verbose_name='moderated at')),
                ('consent_at', models.DateTimeField(verbose_name='consent given at')),
                ('consent_version', models.CharField(max_length=32, verbose_name='notice version')),
                ('erased_at', models.DateTimeField(blank=True, null=True, verbose_name='personal data erased at')),
                ('consent_notice', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='draft_comments', to='questions.consentnotice', verbose_name='notice shown')),
                ('moderated_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='moderated by')),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='comments', to='consultations.consultationpage', verbose_name='draft')),
                ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='draft_comments', to='wagtailcore.site', verbose_name='site')),
            ],
            options={
                'verbose_name': 'comment on a draft',
                'verbose_name_plural': 'comments on drafts',
                'ordering': ['-submitted_at', '-id'],
                'indexes': [models.Index(fields=['site', 'state'], name='draftcomment_site_state'), models.Index(fields=['page', 'state', 'number'], name='draftcomment_page_state')],
                'constraints': [models.UniqueConstraint(fields=('page', 'number'), name='unique_comment_number_per_draft')],
            },
        ),
    ]
