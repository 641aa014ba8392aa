from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('consultations', '0001_initial'),
        ('home', '0005_move_settings_to_core'),
    ]

    operations = [
        # The tables now belong to ``consultations`` (Meta.db_table): only Django's state moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='consultationpage',
                    name='draft_document',
                ),
                migrations.RemoveField(
                    model_name='consultationpage',
                    name='page_ptr',
                ),
                migrations.DeleteModel(
                    name='ConsultationIndexPage',
                ),
                migrations.DeleteModel(
                    name='ConsultationPage',
                ),
            ],
        ),
    ]
