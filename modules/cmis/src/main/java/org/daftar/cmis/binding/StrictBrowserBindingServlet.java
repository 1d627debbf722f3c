package org.daftar.cmis.binding;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.chemistry.opencmis.commons.impl.Constants;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.chemistry.opencmis.server.impl.browser.ControlParser;
import org.apache.chemistry.opencmis.server.impl.browser.ObjectService;
import org.apache.chemistry.opencmis.server.impl.browser.VersioningService;
import org.apache.chemistry.opencmis.server.shared.Dispatcher;
import org.apache.chemistry.opencmis.server.shared.ServiceCall;
import org.daftar.cmis.service.PropertyText;

/**
 * OpenCMIS's Browser binding, with the actions that carry properties (create document or folder, update, bulk
 * update, check-in) checking the properties' text first ({@link PropertyText}): the binding turns text into typed
 * values leniently, and what it lost cannot be recovered in the service. A form-encoded body is read up to
 * {@link #MAX_FORM_BYTES} only ({@link BoundedFormRequest}).
 */
public class StrictBrowserBindingServlet extends CmisBrowserBindingServlet {

    /** The largest form-encoded body read, as OpenCMIS caps the fields of a multipart one. */
    static final long MAX_FORM_BYTES = 10L << 20;

    private final transient PropertyText text;

    public StrictBrowserBindingServlet(PropertyText text) {
        this.text = text;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        String post = Dispatcher.METHOD_POST;
        addRepositoryResource(Constants.CMISACTION_CREATE_DOCUMENT, post, checked(new ObjectService.CreateDocument()));
        addRepositoryResource(Constants.CMISACTION_BULK_UPDATE, post, checked(new ObjectService.BulkUpdateProperties()));
        addRootResource(Constants.CMISACTION_CREATE_DOCUMENT, post, checked(new ObjectService.CreateDocument()));
        addRootResource(Constants.CMISACTION_CREATE_FOLDER, post, checked(new ObjectService.CreateFolder()));
        addRootResource(Constants.CMISACTION_UPDATE_PROPERTIES, post, checked(new ObjectService.UpdateProperties()));
        addRootResource(Constants.CMISACTION_CHECK_IN, post, checked(new VersioningService.CheckIn()));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean form = "POST".equals(request.getMethod())
                && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
        super.service(form ? new BoundedFormRequest(request, MAX_FORM_BYTES) : request, response);
    }

    private ServiceCall checked(ServiceCall call) {
        return (CallContext context, CmisService service, String repositoryId, HttpServletRequest request,
                HttpServletResponse response) -> {
            text.check(new ControlParser(request).getProperties());
            call.serve(context, service, repositoryId, request, response);
        };
    }
}
