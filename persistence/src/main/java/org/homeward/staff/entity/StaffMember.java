package org.homeward.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.audit.entity.Sensitive;
import org.homeward.institution.entity.Institution;

/**
 * A person working in an institution, documented so that they can be retrained and redeployed to
 * community services (WHO guidance, strategy 2.4.1): what they do and know, whether they are willing
 * to work in a new environment, and what worries them. Their personal data is read and changed under
 * audit like a resident's.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember implements AuditableEntity {

  public static final int NAME_MAX = 200;
  public static final int TEXT_MAX = 4000;
  public static final int REGION_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false, updatable = false)
  private Institution institution;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "staff_role", nullable = false, length = 30)
  private StaffRole role;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(name = "staff_qualification", joinColumns = @JoinColumn(name = "staff_member_id"),
      inverseJoinColumns = @JoinColumn(name = "qualification_code"))
  private Set<Qualification> qualifications = new LinkedHashSet<>();

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(length = TEXT_MAX)
  private String background;

  @NotNull
  @Min(0)
  @Max(60)
  @Column(name = "years_of_service", nullable = false)
  private Integer yearsOfService;

  @NotNull
  @DecimalMin("0.1")
  @DecimalMax("1.0")
  @Digits(integer = 1, fraction = 2)
  @Column(nullable = false, precision = 3, scale = 2)
  private BigDecimal fte;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "contract_type", nullable = false, length = 20)
  private ContractType contractType;

  @Size(max = REGION_MAX)
  @Column(length = REGION_MAX)
  private String region;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Willingness willingness = Willingness.UNDECIDED;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(length = TEXT_MAX)
  private String concerns;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_concern", joinColumns = @JoinColumn(name = "staff_member_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 20)
  private Set<ConcernCategory> concernCategories = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RedeploymentStatus status;

  public StaffMember() {
    // a blank staff member for a form
  }

  public StaffMember(String name, StaffRole role, Integer yearsOfService, BigDecimal fte, ContractType contractType, String region) {
    this.name = name;
    this.role = role;
    this.yearsOfService = yearsOfService;
    this.fte = fte;
    this.contractType = contractType;
    this.region = region;
  }

  /** Puts a new staff member on an institution's roster; they start with their way out not started. */
  public void attachTo(Institution owner) {
    this.institution = owner;
    if (status == null) {
      status = RedeploymentStatus.NOT_STARTED;
    }
  }

  /** Takes what a form or request changed; the status is the redeployment records' to move (see {@code StatusHistory}). */
  public void updateFrom(StaffMember edited) {
    name = edited.name;
    role = edited.role;
    qualifications = new LinkedHashSet<>(edited.qualifications);
    background = edited.background;
    yearsOfService = edited.yearsOfService;
    fte = edited.fte;
    contractType = edited.contractType;
    region = edited.region;
    willingness = edited.willingness;
    concerns = edited.concerns;
    concernCategories = new LinkedHashSet<>(edited.concernCategories);
  }

  /** Whether the person has retired or left, which no training or application changes. */
  public boolean hasGone() {
    return status != null && status.gone();
  }

  /** The qualifications in their reference order. */
  public List<Qualification> qualificationsInOrder() {
    return qualifications.stream().sorted(Comparator.comparingInt(Qualification::getPosition)).toList();
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public Institution getInstitution() {
    return institution;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
  }

  public Set<Qualification> getQualifications() {
    return qualifications;
  }

  public void setQualifications(Set<Qualification> qualifications) {
    this.qualifications = new LinkedHashSet<>(qualifications);
  }

  public String getBackground() {
    return background;
  }

  public void setBackground(String background) {
    this.background = background;
  }

  public Integer getYearsOfService() {
    return yearsOfService;
  }

  public void setYearsOfService(Integer yearsOfService) {
    this.yearsOfService = yearsOfService;
  }

  public BigDecimal getFte() {
    return fte;
  }

  public void setFte(BigDecimal fte) {
    this.fte = fte;
  }

  public ContractType getContractType() {
    return contractType;
  }

  public void setContractType(ContractType contractType) {
    this.contractType = contractType;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public Willingness getWillingness() {
    return willingness;
  }

  public void setWillingness(Willingness willingness) {
    this.willingness = willingness;
  }

  public String getConcerns() {
    return concerns;
  }

  public void setConcerns(String concerns) {
    this.concerns = concerns;
  }

  public Set<ConcernCategory> getConcernCategories() {
    return concernCategories;
  }

  public void setConcernCategories(Set<ConcernCategory> concernCategories) {
    this.concernCategories = new LinkedHashSet<>(concernCategories);
  }

  public RedeploymentStatus getStatus() {
    return status;
  }

  public void setStatus(RedeploymentStatus status) {
    this.status = status;
  }
}
