"""The comfort call and icebreaker helpers, and filing what was learned."""
