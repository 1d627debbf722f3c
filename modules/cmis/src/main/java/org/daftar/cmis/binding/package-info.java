/**
 * The CMIS bindings as Daftar serves them: OpenCMIS's Browser binding servlet with the property text checked before
 * OpenCMIS converts it ({@link org.daftar.cmis.binding.StrictBrowserBindingServlet}).
 */
package org.daftar.cmis.binding;
