import sys

if sys.argv[1:2] == ["--print-worker"]:   # bfpp_desktop.print_worker.FLAG
    # The print center's worker process: no window, no command line (and no Qt).
    from bfpp_desktop.print_worker import main
else:
    from bfpp_desktop.app import main

sys.exit(main())
