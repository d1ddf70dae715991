package quota

// CatalogHCL exposes the embedded catalog to the external test package.
var CatalogHCL = catalogHCL
