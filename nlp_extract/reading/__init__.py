"""Bytes to text to regions: encodings, code pages, HTML, news-page metadata, language."""
