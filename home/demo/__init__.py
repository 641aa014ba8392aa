"""The demo district: a hosting portal and its commune sites, filled with
realistic Vietnamese content in every mandatory section.

``content`` holds the places and the Vietnamese texts (from the source
documents the requirements cite), ``builder`` turns them into sites, pages, images, PDFs and
users through the same services and validation as the admin. The entry point
is ``builder.build_demo``, called by ``manage.py demo``.
"""
