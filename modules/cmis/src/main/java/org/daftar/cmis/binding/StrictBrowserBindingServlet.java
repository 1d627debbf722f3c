package org.daftar.cmis.binding;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * values leniently, and what it lost cannot be recovered in the service.
 */
public class StrictBrowserBindingServlet extends CmisBrowserBindingServlet {

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

    private ServiceCall checked(ServiceCall call) {
        return (CallContext context, CmisService service, String repositoryId, HttpServletRequest request,
                HttpServletResponse response) -> {
            text.check(new ControlParser(request).getProperties());
            call.serve(context, service, repositoryId, request, response);
        };
    }
}
