package org.daftar.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, and where to come back to after switching language. */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {

    @ModelAttribute("currentUser")
    String currentUser(Principal user) {
        return user == null ? null : user.getName();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
