"""Longest values allowed in each text field.

Shared by the tables (storage/models.py) and the validation messages, so a message always quotes
the limit the database enforces.
"""

PREFERRED_NAME_MAX = 200
FULL_NAME_MAX = 300
PRONOUNS_MAX = 60
EMAIL_MAX = 254
PHONE_MAX = 40
ADDRESS_MAX = 1000
POSTCODE_MAX = 8
ROLE_OTHER_MAX = 200
ACCESS_OTHER_MAX = 1000
NOTES_MAX = 20000
