"""How a reading is shown: tables, highlight, csv/tsv/conll/brat, files written whole."""
