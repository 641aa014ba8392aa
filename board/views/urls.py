from django.urls import path

from board.views import emergency, oversight

urlpatterns = [
    path("emergency/", emergency.emergency_list, name="emergency_list"),
    path("emergency/<int:pk>/review/", emergency.emergency_review, name="emergency_review"),
    path("district/", oversight.DistrictDashboardView.as_view(), name="district_dashboard"),
    path("report/", oversight.ReportView.as_view(), name="report"),
]
