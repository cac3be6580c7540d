// The facet keys of plugins/mentor_directory/facets.py (FACETS), the names the records,
// the filter form and the address use. Scripts import these instead of writing the
// strings; tests/unit/test_facet_keys.py checks that this list is exactly the Python table,
// so a facet renamed or added there cannot be forgotten here.
export const AREA = "area";
export const AVAILABILITY = "availability";
export const LIBRARY_TYPE = "library-type";
export const FUNCTION = "function";
export const MODE = "mode";
export const FORMAT = "format";
export const STAGE = "stage";
export const REGION = "region";
export const COUNTRY = "country";
export const TIMEZONE = "timezone";
export const LANGUAGE = "language";
export const IDENTITY = "identity";
