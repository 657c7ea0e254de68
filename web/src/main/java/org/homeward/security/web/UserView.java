package org.homeward.security.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.homeward.database.boundary.PageRequest;
import org.homeward.institution.boundary.InstitutionFilter;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.security.boundary.NewUser;
import org.homeward.security.boundary.UserAdministration;
import org.homeward.security.boundary.UserChanges;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/** Creates an account (no id) or edits one: roles, institutions, status and password. */
@Named
@ViewScoped
public class UserView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAdministration users;
  @Inject Institutions institutions;

  private Long id;
  private UserAccount account;
  private String username;
  private String displayName;
  private String password;
  private List<Role> roles = new ArrayList<>();
  private List<Long> institutionIds = new ArrayList<>();
  private List<Institution> allInstitutions;

  public void load() {
    try {
      allInstitutions = institutions.search(InstitutionFilter.none(), new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).items();
      if (id != null && account == null) {
        account = users.find(id);
        username = account.getUsername();
        displayName = account.getDisplayName();
        roles = new ArrayList<>(account.getRoles());
        institutionIds = new ArrayList<>(account.getInstitutionIds());
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public void save() throws IOException {
    try {
      EnumSet<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
      if (id == null) {
        users.create(new NewUser(username, displayName, password == null ? new char[0] : password.toCharArray(), chosen, new HashSet<>(institutionIds)));
      } else {
        users.update(id, new UserChanges(account.getVersion(), displayName, chosen, new HashSet<>(institutionIds)));
      }
      password = null;
      Problems.info(id == null ? "user.created" : "user.saved");
      redirectToList();
    } catch (HomewardException e) {
      Problems.show(e, "userForm");
    }
  }

  public void disable() {
    act(() -> users.disable(id), "user.disabledDone");
  }

  public void enable() {
    act(() -> users.enable(id), "user.enabledDone");
  }

  public void setNewPassword() {
    act(() -> users.resetPassword(id, password == null ? new char[0] : password.toCharArray()), "user.passwordSet");
    password = null;
  }

  private void act(java.util.function.Supplier<UserAccount> action, String doneKey) {
    try {
      account = action.get();
      Problems.info(doneKey);
    } catch (HomewardException e) {
      Problems.show(e, "userForm");
    }
  }

  private static void redirectToList() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/users.xhtml");
  }

  public boolean isNew() {
    return id == null;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles;
  }

  public List<Long> getInstitutionIds() {
    return institutionIds;
  }

  public void setInstitutionIds(List<Long> institutionIds) {
    this.institutionIds = institutionIds;
  }

  public List<Institution> getAllInstitutions() {
    return allInstitutions;
  }
}
