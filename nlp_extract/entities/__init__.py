"""People, organisations and places: NER, repairs, canonical names, grouping."""
