# An uncaught custom exception from a module-qualified class: last line is "Name: message".
class AppError(Exception):
    pass
def work():
    raise AppError("config missing", 3)
print("start")
work()
