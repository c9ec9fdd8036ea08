"""``python -m geo`` — command line for the gazetteer, geocoder and routes (see ``--help``)."""
from geo.cli import main

raise SystemExit(main())
