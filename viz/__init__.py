"""viz layer (see STYLE.md: data flows extract -> graph -> queries -> viz)."""
