package org.homeward.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.database.boundary.PageRequest;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.security.boundary.UserAdministration;
import org.homeward.security.entity.UserAccount;

/** The list of user accounts (administrators). */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAdministration users;

  private List<UserAccount> accounts;

  public void load() {
    try {
      accounts = users.list(new PageRequest(0, PageRequest.MAX_SIZE, null, true)).items();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public List<UserAccount> getAccounts() {
    return accounts;
  }
}
