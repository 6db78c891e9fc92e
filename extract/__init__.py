"""Pure parsing: page files -> typed records (pages, comments, pingbacks)."""

from extract.records import Comment, Hint, Page, Pingback, Rating, ReviewedWork

__all__ = ["Comment", "Hint", "Page", "Pingback", "Rating", "ReviewedWork"]
