
import core.validators
import django.db.models.deletion
from django.db import migrations, models

APP = 'core'
MOVED = [('home', 'hostsettings'), ('home', 'siteprofile'), ('board', 'siterolegroup'), ('board', 'supplyingunit')]


def rename_content_types(apps, schema_editor):
    """The moved models keep their rows, permissions and history: their
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
        ('home', '0004_search_index_gin'),
        ('board', '0005_oversight_settings'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        # The tables stay where they are (Meta.db_table): only Django's state moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='HostSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('level', models.CharField(choices=[('district', 'District'), ('province', 'Province')], default='district', max_length=16, verbose_name='hosting level')),
                        ('name', models.CharField(blank=True, default='', help_text='For example: Ủy ban nhân dân huyện Phú Tân', max_length=255, verbose_name='host authority')),
                    ],
                    options={
                        'verbose_name': 'hosting authority',
                        'db_table': 'home_hostsettings',
                    },
                ),
                migrations.CreateModel(
                    name='SiteProfile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('agency_name', models.CharField(blank=True, help_text='For example: Ủy ban nhân dân xã Tân Cương', max_length=255, verbose_name='managing agency')),
                        ('parent_agency', models.CharField(blank=True, max_length=255, verbose_name='governing authority')),
                        ('address', models.CharField(blank=True, max_length=500, verbose_name='address')),
                        ('phone', models.CharField(blank=True, max_length=32, validators=[core.validators.validate_phone], verbose_name='phone')),
                        ('fax', models.CharField(blank=True, max_length=32, validators=[core.validators.validate_phone], verbose_name='fax')),
                        ('email', models.EmailField(blank=True, max_length=254, validators=[core.validators.validate_official_email], verbose_name='official email')),
                        ('board_head_name', models.CharField(blank=True, help_text='Named in the footer as the person responsible for the content.', max_length=255, verbose_name='head of the editorial board')),
                        ('board_head_title', models.CharField(blank=True, help_text='For example: Chủ tịch UBND xã', max_length=255, verbose_name='title of the head of the board')),
                        ('licence', models.CharField(blank=True, max_length=255, verbose_name='licence or establishing decision')),
                        ('public_services_url', models.URLField(blank=True, default='https://dichvucong.gov.vn/', verbose_name='online public services portal')),
                        ('collection', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.collection', verbose_name='image and document collection')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'site profile',
                        'db_table': 'home_siteprofile',
                    },
                ),
                migrations.CreateModel(
                    name='SiteRoleGroup',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('role', models.CharField(max_length=16)),
                        ('group', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='site_role', to='auth.group')),
                        ('site', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='role_groups', to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'site role group',
                        'db_table': 'board_siterolegroup',
                        'constraints': [models.UniqueConstraint(fields=('site', 'role'), name='unique_role_group_per_site'), models.UniqueConstraint(condition=models.Q(('site__isnull', True)), fields=('role',), name='unique_district_role_group')],
                    },
                ),
                migrations.CreateModel(
                    name='SupplyingUnit',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=255, verbose_name='name')),
                        ('kind', models.CharField(choices=[('unit', 'Unit'), ('radio', 'Radio station')], default='unit', max_length=16, verbose_name='kind')),
                        ('leader_name', models.CharField(blank=True, max_length=255, verbose_name='unit leader')),
                        ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='supplying_units', to='wagtailcore.site', verbose_name='site')),
                    ],
                    options={
                        'verbose_name': 'supplying unit',
                        'verbose_name_plural': 'supplying units',
                        'db_table': 'board_supplyingunit',
                        'ordering': ['site', 'name'],
                        'constraints': [models.UniqueConstraint(fields=('site', 'name'), name='unique_supplying_unit_per_site')],
                    },
                ),
            ],
        ),
        migrations.RunPython(rename_content_types, restore_content_types),
    ]
