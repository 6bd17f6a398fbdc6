import sys

from bfpp_desktop.app import main

sys.exit(main())
