"""The extraction pipeline: article text in, events out (see `pipeline`)."""
