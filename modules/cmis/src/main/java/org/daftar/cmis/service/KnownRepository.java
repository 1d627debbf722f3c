package org.daftar.cmis.service;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.server.ObjectInfoHandler;

/**
 * Refuses a call for any repository but Daftar's one, before the service sees it. Every CMIS service operation
 * that concerns a repository takes its id as the first argument (a {@code String}); the others
 * ({@code getRepositoryInfos}, {@code close}, {@code addObjectInfo}) take none.
 */
final class KnownRepository implements InvocationHandler {

    private final Object target;

    private KnownRepository(Object target) {
        this.target = target;
    }

    static CmisService around(CmisService service) {
        return (CmisService) Proxy.newProxyInstance(CmisService.class.getClassLoader(),
                new Class<?>[] {CmisService.class, ObjectInfoHandler.class}, new KnownRepository(service));
    }

    /** Throws {@code objectNotFound} naming the id unless it is Daftar's repository id ({@code null} is left to
     * OpenCMIS's conformance checks). */
    static void require(String repositoryId) {
        if (repositoryId != null && !repositoryId.equals(RepositoryDescription.REPOSITORY_ID)) {
            throw new CmisObjectNotFoundException("Repository '" + shortened(repositoryId) + "' is unknown; this"
                    + " server has one repository, '" + RepositoryDescription.REPOSITORY_ID + "'");
        }
    }

    private static String shortened(String id) {
        return id.length() <= 100 ? id : id.substring(0, 100) + "…";
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (args != null && args.length > 0 && method.getParameterTypes()[0] == String.class) {
            require((String) args[0]);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
