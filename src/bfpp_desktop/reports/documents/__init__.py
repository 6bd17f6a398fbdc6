"""One module per printout, each with build(data, options, out_path, progress, cancelled).

The catalogue (reports/catalogue.py) names each document's builder here; a module is
imported only when its document is made.
"""
