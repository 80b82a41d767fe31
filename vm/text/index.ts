// vm/text: pure conversions between Python numbers/str and text, on plain JS values (number =
// float, bigint = int, string = str); no heap, no VM objects. Errors are FormatError (the VM
// raises the named Python exception) or a null result where the caller builds the message.
// This barrel re-exports the public functions; each lives in its own one-job file.

export { FormatError, type PyErrorTypeName } from './format_error';
export { floatRepr, floatStr } from './float_repr';
export { complexRepr } from './complex_repr';
export { parseComplexLiteral, type ComplexParse } from './complex_parse';
export { doubleToString, type DtsfFlags } from './float_to_string';
export { parseFloatLiteral } from './float_parse';
export { floatHex, floatFromHex } from './float_hex';
export { parseIntLiteral, digitsToBigInt, maxStrDigitsToIntMessage } from './int_parse';
export { intToDecimalString, intToPrefixedString, maxStrDigitsToStrMessage } from './int_str';
export { parseFormatSpec, unknownPresentationType, type FormatSpec, type Align, type Grouping } from './format_spec';
export { formatInt, formatIntWithSpec, intToFloat, intToChar } from './format_int';
export { formatFloat, formatFloatWithSpec } from './format_float';
export { formatStr } from './format_str';
export { formatComplex } from './format_complex';
export { roundFloat, roundFloatToInt, floatToBigInt, floatToIntegerRatio, floatMod, floatDivmod, floatFloorDiv, floatTrueDiv } from './float_round';
export { percentFormatNumber } from './percent_format';
export { isPySpace, decimalValue } from './unicode_numeric';
