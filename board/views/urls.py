from django.urls import path

from board.views import communes, emergency, oversight, records

urlpatterns = [
    path("emergency/", emergency.emergency_list, name="emergency_list"),
    path("emergency/<int:pk>/review/", emergency.emergency_review, name="emergency_review"),
    path("emergency/publish/<int:page_id>/", emergency.publish_at_once, name="emergency_publish"),
    path("party-report/<int:pk>/", records.report_page, name="party_report"),
    path("party-report/<int:pk>/xlsx/", records.report_xlsx, name="party_report_xlsx"),
    path("party-report/<int:pk>/refresh/", records.report_refresh, name="party_report_refresh"),
    path("party-report/<int:pk>/file/", records.report_file, name="party_report_file"),
    path("district/", oversight.DistrictDashboardView.as_view(), name="district_dashboard"),
    path("report/", oversight.ReportView.as_view(), name="report"),
    path("communes/new/", communes.NewCommuneView.as_view(), name="new_commune"),
    path("communes/import/", communes.ImportCommunesView.as_view(), name="import_communes"),
    path("communes/<int:pk>/merge/", communes.MergeCommuneView.as_view(), name="merge_commune"),
    path(
        "communes/<int:pk>/checklist/",
        communes.CommuneChecklistView.as_view(),
        name="commune_checklist",
    ),
]
