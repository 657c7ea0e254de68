package org.homeward.supportplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the plan says, written with the person and, where they want, in their own words. */
@Embeddable
public class PlanContent implements Serializable {

  @Size(max = 4000) @Column(name = "own_words", length = 4000) private String ownWords;
  @Size(max = 4000) @Column(length = 4000) private String strengths;
  @Size(max = 4000) @Column(length = 4000) private String challenges;
  @Size(max = 4000) @Column(name = "day_to_day", length = 4000) private String dayToDay;
  @Size(max = 4000) @Column(name = "hopes_and_goals", length = 4000) private String hopesAndGoals;
  @Size(max = 4000) @Column(name = "to_avoid", length = 4000) private String toAvoid;
  @Size(max = 4000) @Column(length = 4000) private String supports;
  @Size(max = 4000) @Column(name = "health_care", length = 4000) private String healthCare;
  @Size(max = 4000) @Column(name = "education_and_work", length = 4000) private String educationAndWork;
  @Size(max = 4000) @Column(length = 4000) private String benefits;
  @Column(name = "addresses_inclusion") private boolean addressesInclusion;
  @Column(name = "peer_support_offered") private boolean peerSupportOffered;
  @Column(name = "complaints_access") private boolean complaintsAccess;

  public PlanContent copy() {
    PlanContent copy = new PlanContent();
    copy.ownWords = ownWords;
    copy.strengths = strengths;
    copy.challenges = challenges;
    copy.dayToDay = dayToDay;
    copy.hopesAndGoals = hopesAndGoals;
    copy.toAvoid = toAvoid;
    copy.supports = supports;
    copy.healthCare = healthCare;
    copy.educationAndWork = educationAndWork;
    copy.benefits = benefits;
    copy.addressesInclusion = addressesInclusion;
    copy.peerSupportOffered = peerSupportOffered;
    copy.complaintsAccess = complaintsAccess;
    return copy;
  }

  public String getOwnWords() {
    return ownWords;
  }

  public void setOwnWords(String ownWords) {
    this.ownWords = ownWords;
  }

  public String getStrengths() {
    return strengths;
  }

  public void setStrengths(String strengths) {
    this.strengths = strengths;
  }

  public String getChallenges() {
    return challenges;
  }

  public void setChallenges(String challenges) {
    this.challenges = challenges;
  }

  public String getDayToDay() {
    return dayToDay;
  }

  public void setDayToDay(String dayToDay) {
    this.dayToDay = dayToDay;
  }

  public String getHopesAndGoals() {
    return hopesAndGoals;
  }

  public void setHopesAndGoals(String hopesAndGoals) {
    this.hopesAndGoals = hopesAndGoals;
  }

  public String getToAvoid() {
    return toAvoid;
  }

  public void setToAvoid(String toAvoid) {
    this.toAvoid = toAvoid;
  }

  public String getSupports() {
    return supports;
  }

  public void setSupports(String supports) {
    this.supports = supports;
  }

  public String getHealthCare() {
    return healthCare;
  }

  public void setHealthCare(String healthCare) {
    this.healthCare = healthCare;
  }

  public String getEducationAndWork() {
    return educationAndWork;
  }

  public void setEducationAndWork(String educationAndWork) {
    this.educationAndWork = educationAndWork;
  }

  public String getBenefits() {
    return benefits;
  }

  public void setBenefits(String benefits) {
    this.benefits = benefits;
  }

  /** The plan addresses community inclusion and social connection (WHO Box 4). */
  public boolean isAddressesInclusion() {
    return addressesInclusion;
  }

  public void setAddressesInclusion(boolean addressesInclusion) {
    this.addressesInclusion = addressesInclusion;
  }

  /** Peer support was offered to the person. */
  public boolean isPeerSupportOffered() {
    return peerSupportOffered;
  }

  public void setPeerSupportOffered(boolean peerSupportOffered) {
    this.peerSupportOffered = peerSupportOffered;
  }

  /** The person knows how to complain, in a way they understand, and can reach the complaints mechanism. */
  public boolean isComplaintsAccess() {
    return complaintsAccess;
  }

  public void setComplaintsAccess(boolean complaintsAccess) {
    this.complaintsAccess = complaintsAccess;
  }
}
