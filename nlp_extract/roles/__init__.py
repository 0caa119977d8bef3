"""Who holds which post: titles, appositions, predicates, pronouns, national posts."""
