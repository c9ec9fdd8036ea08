"""The dashboard's building blocks beside ``pages/``: HTML, map layers, the article reader.

Everything here turns what ``events.query*`` computed into something a browser shows (escaped
HTML, folium objects); ``events/`` itself stays free of HTML and folium."""
