"""python -m nlp_extract.schema > nlp_extract/data/schema.json"""

from . import schema_text

print(schema_text(), end="")
