"""File > Export… and File > Import…: records in one .zip, to another computer and back."""
