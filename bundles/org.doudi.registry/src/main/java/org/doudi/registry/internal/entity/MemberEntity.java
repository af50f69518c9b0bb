package org.doudi.registry.internal.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.HealthStatus;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.SelfCare;
import org.doudi.api.registry.Sex;
import org.doudi.api.registry.StudentStatus;
import org.doudi.api.registry.WorkAbility;

/** A person's membership of a household; never deleted, ended with a date. */
@Entity
@Table(name = "household_member")
public class MemberEntity {
    @Id
    @Column(name = "person_id", length = 36)
    private String personId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false)
    private HouseholdEntity household;
    @Column(name = "seq", nullable = false)
    private int seq;
    @Column(name = "id_number")
    private String idNumber;
    @Column(name = "without_id_number", nullable = false)
    private boolean withoutIdNumber;
    @Column(name = "name", nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false)
    private Relation relation;
    @Enumerated(EnumType.STRING)
    @Column(name = "sex")
    private Sex sex;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "hukou_local", nullable = false)
    private boolean hukouLocal;
    @Enumerated(EnumType.STRING)
    @Column(name = "disability_category")
    private DisabilityCategory disabilityCategory;
    @Column(name = "disability_grade")
    private Integer disabilityGrade;
    @Enumerated(EnumType.STRING)
    @Column(name = "health_status")
    private HealthStatus healthStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "work_ability")
    private WorkAbility workAbility;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status")
    private EmploymentStatus employmentStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "student_status")
    private StudentStatus studentStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "self_care")
    private SelfCare selfCare;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;
    @ElementCollection
    @CollectionTable(name = "member_tag", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "seq")
    private List<TagRow> tags = new ArrayList<>();

    public String getPersonId() { return personId; }
    public void setPersonId(String personId) { this.personId = personId; }
    public HouseholdEntity getHousehold() { return household; }
    public void setHousehold(HouseholdEntity household) { this.household = household; }
    public int getSeq() { return seq; }
    public void setSeq(int seq) { this.seq = seq; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public boolean isWithoutIdNumber() { return withoutIdNumber; }
    public void setWithoutIdNumber(boolean withoutIdNumber) { this.withoutIdNumber = withoutIdNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Relation getRelation() { return relation; }
    public void setRelation(Relation relation) { this.relation = relation; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public boolean isHukouLocal() { return hukouLocal; }
    public void setHukouLocal(boolean hukouLocal) { this.hukouLocal = hukouLocal; }
    public DisabilityCategory getDisabilityCategory() { return disabilityCategory; }
    public void setDisabilityCategory(DisabilityCategory c) { this.disabilityCategory = c; }
    public Integer getDisabilityGrade() { return disabilityGrade; }
    public void setDisabilityGrade(Integer disabilityGrade) { this.disabilityGrade = disabilityGrade; }
    public HealthStatus getHealthStatus() { return healthStatus; }
    public void setHealthStatus(HealthStatus healthStatus) { this.healthStatus = healthStatus; }
    public WorkAbility getWorkAbility() { return workAbility; }
    public void setWorkAbility(WorkAbility workAbility) { this.workAbility = workAbility; }
    public EmploymentStatus getEmploymentStatus() { return employmentStatus; }
    public void setEmploymentStatus(EmploymentStatus s) { this.employmentStatus = s; }
    public StudentStatus getStudentStatus() { return studentStatus; }
    public void setStudentStatus(StudentStatus studentStatus) { this.studentStatus = studentStatus; }
    public SelfCare getSelfCare() { return selfCare; }
    public void setSelfCare(SelfCare selfCare) { this.selfCare = selfCare; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public EndReason getEndReason() { return endReason; }
    public void setEndReason(EndReason endReason) { this.endReason = endReason; }
    public List<TagRow> getTags() { return tags; }
    public void setTags(List<TagRow> tags) { this.tags = tags; }
}
