using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Pages.Occupations;

/// <summary>What the _Offers partial shows: the occupation, and what this reader already has (Pro, the PDF) or may buy.</summary>
public sealed record OffersModel(OccupationEntry Entry, ReaderAccess Access)
{
    public string PdfPath => $"{Entry.Url}/pdf";
}
