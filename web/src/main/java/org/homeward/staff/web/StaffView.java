package org.homeward.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;
import org.homeward.staff.boundary.ImportReport;
import org.homeward.staff.boundary.StaffFigures;
import org.homeward.staff.boundary.StaffRoster;
import org.homeward.staff.control.StaffFilter;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.Willingness;

/** An institution's staff: figures for everyone who may read them, the roster and its import for those who keep it. */
@Named
@ViewScoped
public class StaffView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffRoster roster;
  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private StaffFigures figures;
  private List<StaffMember> members;
  private StaffRole role;
  private Willingness willingness;
  private RedeploymentStatus status;
  private transient Part file;
  private ImportReport report;
  private Map<String, String> stillNeeded = Map.of();

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    figures = roster.figures(id);
    if (isKeeper()) {
      members = roster.members(id, new StaffFilter(role, willingness, status));
      stillNeeded = roster.trainingsStillNeeded(id).stream().collect(Collectors.groupingBy(t -> t.getCourse().getCode(),
          Collectors.mapping(t -> t.getStaffMember().getName(), Collectors.joining(", "))));
    }
  }

  /** Whether the caller's role keeps rosters and sees names; the service checks role and scope again. */
  public boolean isKeeper() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public void filter() {
    reload();
  }

  public void importRoster() {
    try {
      if (file == null || file.getSize() == 0) {
        throw new InvalidInputException("file", "{staff.import.noFile}");
      }
      report = roster.importRoster(id, text(file));
      reload();
      Problems.info("staff.import.done", report.accepted(), report.refused());
    } catch (HomewardException e) {
      report = null;
      Problems.show(e, "importForm");
    }
  }

  private static String text(Part upload) {
    try (InputStream in = upload.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public StaffRole[] getRoles() {
    return StaffRole.values();
  }

  /** Per course code, the names of those who still need it; only for those who keep the roster. */
  public Map<String, String> getStillNeeded() {
    return stillNeeded;
  }

  public ServiceKind[] getKinds() {
    return ServiceKind.values();
  }

  public Willingness[] getWillingnesses() {
    return Willingness.values();
  }

  public RedeploymentStatus[] getStatuses() {
    return RedeploymentStatus.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Institution getInstitution() {
    return institution;
  }

  public StaffFigures getFigures() {
    return figures;
  }

  public List<StaffMember> getMembers() {
    return members;
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
  }

  public Willingness getWillingness() {
    return willingness;
  }

  public void setWillingness(Willingness willingness) {
    this.willingness = willingness;
  }

  public RedeploymentStatus getStatus() {
    return status;
  }

  public void setStatus(RedeploymentStatus status) {
    this.status = status;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ImportReport getReport() {
    return report;
  }
}
