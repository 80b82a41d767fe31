# sys.exit with a message prints it to stderr and exits with status 1.
import sys

print("working")
sys.exit("fatal: cannot continue")
