package io.solemate.customers;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.solemate.catalog.Shoe;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A shoe a customer bought (and owns unless returned). */
@Entity
@Table(name = "purchases")
public class Purchase extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public long userId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "shoe_id")
    public Shoe shoe;

    @Column(name = "eu_size", precision = 3, scale = 1)
    public BigDecimal euSize;

    @Column(name = "purchased_at")
    public Instant purchasedAt;

    /** What the customer paid, in the store currency ({@code solemate.catalog.currency}). */
    @Column(name = "price_paid", precision = 10, scale = 2)
    public BigDecimal pricePaid;

    @Column(name = "usage_km_per_week")
    public Float usageKmPerWeek;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "interaction_id")
    public Long interactionId;
}
