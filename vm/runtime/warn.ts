// Warnings issued by the VM (PyErr_WarnEx): warnings.warn(message, category, stacklevel) of
// lib/warnings.py, so filters, catch_warnings and "error" turn them into exceptions as in CPython.
import { importModule } from './importer';
import { getattr } from './protocol';
import { callObject } from '../interp/call';
import { intern, newStr } from '../objects/str_core';

export function warn(category: number, message: string, stacklevel = 1): void {
  const warnings = importModule('warnings');
  callObject(getattr(warnings, intern('warn')), [newStr(message), category, (stacklevel << 1) | 1], 0);
}
