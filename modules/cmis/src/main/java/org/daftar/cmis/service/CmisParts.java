package org.daftar.cmis.service;

import org.daftar.cmis.changes.ChangeLog;
import org.daftar.cmis.objects.ObjectBuilder;
import org.daftar.cmis.objects.Permissions;
import org.daftar.cmis.objects.Subjects;
import org.daftar.cmis.query.CmisQueries;
import org.daftar.cmis.types.CmisTypes;
import org.daftar.cmis.versioning.CheckOuts;
import org.daftar.repository.node.NodeService;

/** The long-lived collaborators every per-request {@link DaftarCmisService} shares; built once by the factory. */
record CmisParts(NodeService nodes, CmisTypes types, Permissions permissions, Subjects subjects,
                 ObjectBuilder objects, CheckOuts checkOuts, ChangeLog changeLog, CmisQueries queries) {
}
