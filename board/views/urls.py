from django.urls import path

from . import accounts, emergency, oversight

urlpatterns = [
    path("emergency/", emergency.emergency_list, name="emergency_list"),
    path("emergency/<int:pk>/review/", emergency.emergency_review, name="emergency_review"),
    path("accounts/", accounts.account_list, name="accounts"),
    path("accounts/<int:user_id>/<str:action>/", accounts.account_action, name="account_action"),
    path("password/", accounts.change_password, name="change_password"),
    path("district/", oversight.DistrictDashboardView.as_view(), name="district_dashboard"),
    path("report/", oversight.ReportView.as_view(), name="report"),
]
