"""The Bridge book page: pages for the family, their photos and the replies."""
