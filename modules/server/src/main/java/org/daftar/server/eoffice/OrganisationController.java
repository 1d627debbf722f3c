package org.daftar.server.eoffice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.organisation.Assignment;
import org.daftar.eoffice.organisation.Office;
import org.daftar.eoffice.organisation.Organisation;
import org.daftar.eoffice.organisation.Post;
import org.daftar.eoffice.organisation.Section;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation: offices, sections, posts, file heads and who holds which post. Reading is open to signed-in
 * users; changing it ({@code /admin/...}) to administrators.
 */
@RestController
@RequestMapping("/api/v1/eoffice")
@Tag(name = "e-Office organisation", description = "Offices, sections, posts (desks) and assignments")
public class OrganisationController {

    private final Organisation organisation;

    public OrganisationController(Eoffice eoffice) {
        this.organisation = eoffice.organisation();
    }

    @GetMapping("/offices")
    @Operation(summary = "All offices, with their parent")
    public List<Office> offices() {
        return organisation.offices();
    }

    @GetMapping("/offices/{id}")
    @Operation(summary = "One office")
    public Office office(@PathVariable long id) {
        return organisation.office(id);
    }

    @GetMapping("/offices/{id}/sections")
    @Operation(summary = "The sections of an office")
    public List<Section> sections(@PathVariable long id) {
        return organisation.sections(id);
    }

    @GetMapping("/offices/{id}/posts")
    @Operation(summary = "The posts (desks) of an office, senior first, with their holders")
    public List<Post> posts(@PathVariable long id) {
        return organisation.posts(id);
    }

    @GetMapping("/offices/{id}/heads")
    @Operation(summary = "The file-number heads an office allows (none: any)")
    public List<String> heads(@PathVariable long id) {
        organisation.office(id);
        return organisation.fileHeads(id);
    }

    @GetMapping("/posts/{id}")
    @Operation(summary = "One post with its holder")
    public Post post(@PathVariable long id) {
        return organisation.post(id);
    }

    @GetMapping("/posts/{id}/assignments")
    @Operation(summary = "Who held a post, from when to when")
    public List<Assignment> assignments(@PathVariable long id) {
        return organisation.assignments(id);
    }

    @GetMapping("/me/posts")
    @Operation(summary = "The posts the caller holds now, the default first (use one as X-Daftar-Desk)")
    public List<Post> myPosts(Principal user) {
        return organisation.postsOf(user.getName());
    }

    @PostMapping("/admin/offices")
    @Operation(summary = "Create an office (level State, Division, District, Tehsil, Block, Panchayat or Other)")
    public ResponseEntity<Office> createOffice(@RequestBody EofficeRequests.NewOffice body) {
        EofficeRequests.require(body);
        Office office = organisation.createOffice(body.parentId(), body.code(), body.nameEn(), body.nameHi(),
                body.level(), body.fileScheme(), Boolean.TRUE.equals(body.freeNumbers()));
        return ResponseEntity.created(URI.create("/api/v1/eoffice/offices/" + office.id())).body(office);
    }

    @PostMapping("/admin/offices/{id}/sections")
    @Operation(summary = "Create a section in an office")
    public ResponseEntity<Section> createSection(@PathVariable long id, @RequestBody EofficeRequests.NewSection body) {
        EofficeRequests.require(body);
        Section section = organisation.createSection(id, body.code(), body.nameEn(), body.nameHi());
        return ResponseEntity.status(201).body(section);
    }

    @PostMapping("/admin/sections/{id}/posts")
    @Operation(summary = "Create a post (desk) in a section; rank 1-100, higher is senior")
    public ResponseEntity<Post> createPost(@PathVariable long id, @RequestBody EofficeRequests.NewPost body) {
        EofficeRequests.require(body);
        if (body.rank() == null) {
            throw new InvalidRequestException("rank is required (1-100, higher is senior)");
        }
        Post post = organisation.createPost(id, body.designationEn(), body.designationHi(), body.rank(),
                Boolean.TRUE.equals(body.officer()));
        return ResponseEntity.created(URI.create("/api/v1/eoffice/posts/" + post.id())).body(post);
    }

    @PostMapping("/admin/posts/{id}/assignments")
    @Operation(summary = "Put a user on a post from now (a current holder is relieved: a transfer)")
    public ResponseEntity<Assignment> assign(@PathVariable long id, @RequestBody EofficeRequests.Assign body) {
        EofficeRequests.require(body);
        if (body.username() == null || body.username().isBlank()) {
            throw new InvalidRequestException("username is required");
        }
        return ResponseEntity.status(201).body(organisation.assign(id, body.username(), !Boolean.FALSE.equals(body.makeDefault())));
    }

    @DeleteMapping("/admin/posts/{id}/holder")
    @Operation(summary = "Relieve a post's holder; the post and its files stay")
    public ResponseEntity<Void> relieve(@PathVariable long id) {
        organisation.relieve(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/admin/offices/{id}/heads")
    @Operation(summary = "Allow a functional head for file numbers in an office")
    public ResponseEntity<Map<String, String>> addHead(@PathVariable long id, @RequestBody EofficeRequests.NewHead body) {
        EofficeRequests.require(body);
        organisation.addFileHead(id, body.code(), body.description());
        return ResponseEntity.status(201).body(Map.of("code", body.code()));
    }
}
