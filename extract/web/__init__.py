"""Following blogs on the web: a polite HTTP client, a raw cache of every response, and the
discovery of a blog's feeds, sitemaps, posts and comment threads."""
